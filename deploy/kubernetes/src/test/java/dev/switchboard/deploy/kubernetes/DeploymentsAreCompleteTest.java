package dev.switchboard.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

class DeploymentsAreCompleteTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;
    static final List<String> SERVICES = List.of("ingest-email", "ingest-chat", "ingest-phone", "ingest-social",
            "router", "agent-gateway");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasItsDeploymentServiceBudgetPolicyMonitorAndAutoscaler(String overlay) {
        Manifest manifest = Manifest.of(overlay);
        for (String service : SERVICES) {
            assertTrue(manifest.named(Deployment.class, service).isPresent(), service + " Deployment");
            assertTrue(manifest.named(Service.class, service).isPresent(), service + " Service");
            assertTrue(manifest.named(PodDisruptionBudget.class, service).isPresent(), service + " PDB");
            assertTrue(manifest.named(NetworkPolicy.class, service).isPresent(), service + " NetworkPolicy");
            assertTrue(manifest.named(ServiceMonitor.class, service).isPresent(), service + " ServiceMonitor");
            boolean ingest = service.startsWith("ingest-");
            assertEquals(ingest, manifest.named(HorizontalPodAutoscaler.class, service).isPresent(), service + " HPA");
            assertEquals(!ingest, manifest.generic("ScaledObject").stream()
                    .anyMatch(s -> s.getMetadata().getName().equals(service)), service + " ScaledObject");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentProbesQuarkusHealthAndIsSized(String overlay) {
        Manifest manifest = Manifest.of(overlay);

        assertEquals(List.of(), ManifestChecks.probes(manifest));
        assertEquals(List.of(), ManifestChecks.resources(manifest));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentRunsAsNonRootAndDrainsBeforeStopping(String overlay) {
        for (Deployment deployment : Manifest.of(overlay).all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
            assertEquals(Boolean.TRUE, pod.getRunAsNonRoot(), name);
            Long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            for (Container c : ManifestChecks.containers(deployment)) {
                assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), name);
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), name);
                long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
                // preStop, then QUARKUS_SHUTDOWN_TIMEOUT (20 s) for work in flight, must fit before SIGKILL.
                assertTrue(grace != null && grace >= preStop + 20 + 5, name + " terminationGracePeriodSeconds " + grace);
            }
        }
    }

    @Test
    void reportsADeploymentWithoutProbesOrLimits() {
        Manifest bare = Manifest.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: router}
                spec:
                  selector: {matchLabels: {app: r}}
                  template:
                    metadata: {labels: {app: r}}
                    spec:
                      containers:
                      - name: router
                        image: switchboard/router
                        ports: [{name: http, containerPort: 8085}]
                        readinessProbe: {httpGet: {path: /q/health, port: http}}
                        resources: {requests: {cpu: 100m, memory: 64Mi}}
                """);

        assertEquals(List.of("router/router has no HTTP startupProbe", "router/router has no HTTP livenessProbe",
                "router/router readinessProbe checks /q/health, not /q/health/ready"), ManifestChecks.probes(bare));
        assertEquals(List.of("router limits no cpu", "router limits no memory"), ManifestChecks.resources(bare));
    }
}
