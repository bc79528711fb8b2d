package dev.switchboard.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/** Checks over a rendered manifest; each returns what is wrong, one sentence per problem (empty: all good). */
final class ManifestChecks {

    private ManifestChecks() {
    }

    /** Startup, liveness and readiness probes on Quarkus' own /q/health endpoints, on a port the pod has. */
    static List<String> probes(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifest.all(Deployment.class)) {
            for (Container c : containers(deployment)) {
                String who = deployment.getMetadata().getName() + "/" + c.getName();
                probe(who, "startupProbe", c.getStartupProbe(), "/q/health/started", c, problems);
                probe(who, "livenessProbe", c.getLivenessProbe(), "/q/health/live", c, problems);
                probe(who, "readinessProbe", c.getReadinessProbe(), "/q/health/ready", c, problems);
            }
        }
        return problems;
    }

    private static void probe(String who, String kind, Probe probe, String path, Container c, List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(who + " has no HTTP " + kind);
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(who + " " + kind + " checks " + probe.getHttpGet().getPath() + ", not " + path);
        }
        Object port = probe.getHttpGet().getPort().getValue();
        boolean known = c.getPorts() != null && c.getPorts().stream().anyMatch(
                p -> port.equals(p.getName()) || port.equals(p.getContainerPort()));
        if (!known) {
            problems.add(who + " " + kind + " uses port " + port + ", which the container does not declare");
        }
    }

    /** CPU and memory, both requested and limited, on every container. */
    static List<String> resources(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifest.all(Deployment.class)) {
            for (Container c : containers(deployment)) {
                ResourceRequirements r = c.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    if (r == null || r.getRequests() == null || !r.getRequests().containsKey(resource)) {
                        problems.add(deployment.getMetadata().getName() + " requests no " + resource);
                    }
                    if (r == null || r.getLimits() == null || !r.getLimits().containsKey(resource)) {
                        problems.add(deployment.getMetadata().getName() + " limits no " + resource);
                    }
                }
            }
        }
        return problems;
    }

    /** Every ConfigMap, Secret and key a pod names exists (unless marked optional). */
    static List<String> configReferences(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifest.all(Deployment.class)) {
            String who = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container c : containers(deployment)) {
                for (EnvFromSource from : nullSafe(c.getEnvFrom())) {
                    if (from.getConfigMapRef() != null && !isTrue(from.getConfigMapRef().getOptional())) {
                        requireConfigMap(manifest, who, from.getConfigMapRef().getName(), null, problems);
                    }
                    if (from.getSecretRef() != null && !isTrue(from.getSecretRef().getOptional())) {
                        requireSecret(manifest, who, from.getSecretRef().getName(), null, problems);
                    }
                }
                for (EnvVar env : nullSafe(c.getEnv())) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var cm = env.getValueFrom().getConfigMapKeyRef();
                    if (cm != null && !isTrue(cm.getOptional())) {
                        requireConfigMap(manifest, who, cm.getName(), cm.getKey(), problems);
                    }
                    var secret = env.getValueFrom().getSecretKeyRef();
                    if (secret != null && !isTrue(secret.getOptional())) {
                        requireSecret(manifest, who, secret.getName(), secret.getKey(), problems);
                    }
                }
            }
            for (Volume volume : nullSafe(pod.getVolumes())) {
                if (volume.getConfigMap() != null) {
                    requireConfigMap(manifest, who, volume.getConfigMap().getName(), null, problems);
                }
                if (volume.getSecret() != null) {
                    requireSecret(manifest, who, volume.getSecret().getSecretName(), null, problems);
                }
                if (volume.getPersistentVolumeClaim() != null && manifest.named(
                        io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class,
                        volume.getPersistentVolumeClaim().getClaimName()).isEmpty()) {
                    problems.add(who + " mounts PersistentVolumeClaim "
                            + volume.getPersistentVolumeClaim().getClaimName() + ", which no manifest declares");
                }
            }
        }
        for (GenericKubernetesResource cluster : manifest.generic("Cluster")) {
            Map<String, Object> spec = cluster.get("spec");
            String who = "Cluster " + cluster.getMetadata().getName();
            Object bootstrap = Manifest.path(spec, "bootstrap", "initdb", "secret", "name");
            if (bootstrap != null) {
                requireSecret(manifest, who, (String) bootstrap, "username", problems);
                requireSecret(manifest, who, (String) bootstrap, "password", problems);
            }
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                Object ref = Manifest.path(spec, "backup", "barmanObjectStore", "s3Credentials", credential);
                if (ref != null) {
                    requireSecret(manifest, who, (String) Manifest.path(ref, "name"),
                            (String) Manifest.path(ref, "key"), problems);
                }
            }
        }
        return problems;
    }

    /**
     * Services, Ingresses, ServiceMonitors, PodDisruptionBudgets and autoscalers each reach what they name:
     * a selector matches a Deployment's pods, a backend or scrape port exists on its Service, a target exists.
     */
    static List<String> workloadReferences(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> podLabels = manifest.all(Deployment.class).stream()
                .map(d -> d.getSpec().getTemplate().getMetadata().getLabels()).toList();
        for (Service service : manifest.all(Service.class)) {
            if (podLabels.stream().noneMatch(labels -> Manifest.selects(service.getSpec().getSelector(), labels))) {
                problems.add("Service " + service.getMetadata().getName() + " selects no Deployment's pods");
            }
        }
        for (PodDisruptionBudget pdb : manifest.all(PodDisruptionBudget.class)) {
            Map<String, String> selector = pdb.getSpec().getSelector().getMatchLabels();
            if (podLabels.stream().noneMatch(labels -> Manifest.selects(selector, labels))) {
                problems.add("PodDisruptionBudget " + pdb.getMetadata().getName() + " selects no Deployment's pods");
            }
        }
        for (Ingress ingress : manifest.all(Ingress.class)) {
            ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream())
                    .forEach(path -> backend(manifest, "Ingress " + ingress.getMetadata().getName(),
                            path.getBackend(), problems));
        }
        for (ServiceMonitor monitor : manifest.all(ServiceMonitor.class)) {
            Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
            List<Service> matched = manifest.all(Service.class).stream()
                    .filter(s -> Manifest.selects(selector, s.getMetadata().getLabels())).toList();
            if (matched.isEmpty()) {
                problems.add("ServiceMonitor " + monitor.getMetadata().getName() + " selects no Service");
            }
            monitor.getSpec().getEndpoints().forEach(endpoint -> matched.stream()
                    .filter(s -> s.getSpec().getPorts().stream().noneMatch(p -> endpoint.getPort().equals(p.getName())))
                    .forEach(s -> problems.add("ServiceMonitor " + monitor.getMetadata().getName() + " scrapes port "
                            + endpoint.getPort() + ", which Service " + s.getMetadata().getName() + " lacks")));
        }
        for (HorizontalPodAutoscaler hpa : manifest.all(HorizontalPodAutoscaler.class)) {
            requireDeployment(manifest, "HorizontalPodAutoscaler " + hpa.getMetadata().getName(),
                    hpa.getSpec().getScaleTargetRef().getName(), problems);
        }
        for (GenericKubernetesResource scaled : manifest.generic("ScaledObject")) {
            requireDeployment(manifest, "ScaledObject " + scaled.getMetadata().getName(),
                    (String) Manifest.path(scaled.get("spec"), "scaleTargetRef", "name"), problems);
        }
        return problems;
    }

    static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    /** Every variable name a container's environment defines: env entries and every key of envFrom sources. */
    static Set<String> environmentNames(Manifest manifest, Container container) {
        Stream<String> direct = nullSafe(container.getEnv()).stream().map(EnvVar::getName);
        Stream<String> fromSources = nullSafe(container.getEnvFrom()).stream().flatMap(from -> {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            Map<String, String> data = Map.of();
            if (from.getConfigMapRef() != null) {
                data = manifest.named(ConfigMap.class, from.getConfigMapRef().getName()).map(ConfigMap::getData)
                        .orElse(Map.of());
            } else if (from.getSecretRef() != null) {
                data = manifest.named(Secret.class, from.getSecretRef().getName()).map(ManifestChecks::secretKeys)
                        .orElse(Map.of());
            }
            return data.keySet().stream().map(key -> prefix + key);
        });
        return Stream.concat(direct, fromSources).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<String, String> secretKeys(Secret secret) {
        Map<String, String> keys = new java.util.HashMap<>();
        if (secret.getData() != null) {
            keys.putAll(secret.getData());
        }
        if (secret.getStringData() != null) {
            keys.putAll(secret.getStringData());
        }
        return keys;
    }

    private static void backend(Manifest manifest, String who, IngressBackend backend, List<String> problems) {
        String name = backend.getService().getName();
        var service = manifest.named(Service.class, name);
        if (service.isEmpty()) {
            problems.add(who + " routes to Service " + name + ", which no manifest declares");
            return;
        }
        var port = backend.getService().getPort();
        boolean found = service.get().getSpec().getPorts().stream().anyMatch((ServicePort p) ->
                (port.getName() != null && port.getName().equals(p.getName()))
                        || (port.getNumber() != null && port.getNumber().equals(p.getPort())));
        if (!found) {
            problems.add(who + " routes to a port Service " + name + " does not have");
        }
    }

    private static void requireDeployment(Manifest manifest, String who, String name, List<String> problems) {
        if (manifest.named(Deployment.class, name).isEmpty()) {
            problems.add(who + " scales Deployment " + name + ", which no manifest declares");
        }
    }

    private static void requireConfigMap(Manifest manifest, String who, String name, String key,
            List<String> problems) {
        var map = manifest.named(ConfigMap.class, name);
        if (map.isEmpty()) {
            problems.add(who + " reads ConfigMap " + name + ", which no manifest declares");
        } else if (key != null && (map.get().getData() == null || !map.get().getData().containsKey(key))) {
            problems.add(who + " reads key " + key + " of ConfigMap " + name + ", which it does not have");
        }
    }

    private static void requireSecret(Manifest manifest, String who, String name, String key, List<String> problems) {
        var secret = manifest.named(Secret.class, name);
        if (secret.isEmpty()) {
            problems.add(who + " reads Secret " + name + ", which no manifest declares");
        } else if (key != null && !secretKeys(secret.get()).containsKey(key)) {
            problems.add(who + " reads key " + key + " of Secret " + name + ", which it does not have");
        }
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
