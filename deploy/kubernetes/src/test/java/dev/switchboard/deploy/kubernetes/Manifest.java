package dev.switchboard.deploy.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** The typed objects of one rendered overlay. */
record Manifest(List<HasMetadata> objects) {

    static Manifest of(String overlay) {
        return new Manifest(StrictModels.load(Kustomize.render(overlay)));
    }

    static Manifest parse(String yaml) {
        return new Manifest(StrictModels.load(yaml));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    /** Objects checked against a schema rather than a Java model (KEDA, CloudNativePG), by kind. */
    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(o -> kind.equals(o.getKind())).toList();
    }

    /** {@code labels} carries every entry of {@code selector}. */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    @SuppressWarnings("unchecked")
    static Object path(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> list(Object node) {
        return node instanceof List ? ((List<Map<String, Object>>) node).stream() : Stream.empty();
    }
}
