package dev.switchboard.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

class OverlaysLoadAsTypedModelsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRenderedObjectLoadsAsAKnownTypeWithNoUnknownField(String overlay) {
        List<HasMetadata> objects = StrictModels.load(Kustomize.render(overlay));

        assertFalse(objects.isEmpty());
        assertTrue(objects.stream().allMatch(o -> o.getMetadata().getName() != null));
    }

    @Test
    void refusesAFieldTheModelDoesNotKnowAtAnyDepth() {
        String misspeltProbe = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                      - name: x
                        image: x
                        readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """;

        AssertionError error = assertThrows(AssertionError.class, () -> StrictModels.load(misspeltProbe));
        assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
    }

    @Test
    void loadsAWellFormedDeploymentAsItsType() {
        List<HasMetadata> loaded = StrictModels.load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {selector: {matchLabels: {a: b}}, template: {spec: {containers: [{name: x, image: x}]}}}
                """);

        assertEquals(Deployment.class, loaded.get(0).getClass());
    }

    @Test
    void refusesAKindNoModelOrSchemaKnows() {
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModels.load("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: x}
                """));
        assertTrue(error.getMessage().contains("unknown kind"), error.getMessage());
    }

    @Test
    void refusesAStrimziTopicWithAFieldStrimziDoesNotHave() {
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModels.load("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replicas: 3, retention: 7d}
                """));
        assertTrue(error.getMessage().contains("retention"), error.getMessage());
    }

    @Test
    void refusesAKedaTriggerSettingKedaDoesNotRead() {
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModels.load("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: s}
                spec:
                  scaleTargetRef: {name: router}
                  triggers:
                  - type: kafka
                    metadata: {bootstrapServers: "k:9092", consumerGroup: router, topic: t, lagTreshold: "5"}
                """));
        assertTrue(error.getMessage().contains("lagTreshold"), error.getMessage());
    }

    @Test
    void refusesACloudNativePgClusterFieldOutsideTheSchema() {
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModels.load("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec: {instances: 3, storage: {size: 1Gi}, replicas: 3}
                """));
        assertTrue(error.getMessage().contains("replicas"), error.getMessage());
    }
}
