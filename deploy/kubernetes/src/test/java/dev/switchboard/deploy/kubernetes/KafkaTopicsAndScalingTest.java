package dev.switchboard.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.switchboard.contracts.Topics;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

class KafkaTopicsAndScalingTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;
    static final List<String> TOPICS = List.of(Topics.INBOUND, Topics.AGENT_EVENTS, Topics.DELIVERIES,
            Topics.OUTBOUND, Topics.deadLetter("router"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicOfTheContractsIsAKafkaTopicWithRetentionOnTheCluster(String overlay) {
        Manifest manifest = Manifest.of(overlay);
        String cluster = manifest.all(Kafka.class).get(0).getMetadata().getName();
        for (String topic : TOPICS) {
            KafkaTopic declared = manifest.named(KafkaTopic.class, topic).orElseThrow(() -> new AssertionError(topic));
            assertEquals(cluster, declared.getMetadata().getLabels().get("strimzi.io/cluster"), topic);
            assertTrue(declared.getSpec().getConfig().containsKey("retention.ms"), topic + " retention");
        }
        assertEquals(TOPICS.size(), manifest.all(KafkaTopic.class).size());
    }

    @Test
    void productionReplicatesEveryTopicThreeTimesAndAcksNeedTwo() {
        for (KafkaTopic topic : Manifest.of("prod").all(KafkaTopic.class)) {
            assertEquals(3, topic.getSpec().getReplicas(), topic.getMetadata().getName());
            assertEquals(2, topic.getSpec().getConfig().get("min.insync.replicas"), topic.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void lagTriggersWatchTheRoutersOwnGroupOnTopicsWithAPartitionForEveryReplica(String overlay) throws Exception {
        Manifest manifest = Manifest.of(overlay);
        Map<String, Integer> partitions = manifest.all(KafkaTopic.class).stream().collect(Collectors.toMap(
                t -> t.getMetadata().getName(), t -> t.getSpec().getPartitions()));
        GenericKubernetesResource router = manifest.generic("ScaledObject").stream()
                .filter(s -> s.getMetadata().getName().equals("router")).findFirst().orElseThrow();
        int maxReplicas = ((Number) Manifest.path(router.get("spec"), "maxReplicaCount")).intValue();
        List<Map<String, Object>> lag = Manifest.list(Manifest.path(router.get("spec"), "triggers"))
                .filter(t -> "kafka".equals(t.get("type"))).toList();

        assertEquals(List.of(Topics.INBOUND, Topics.AGENT_EVENTS),
                lag.stream().map(t -> Manifest.path(t, "metadata", "topic")).toList());
        for (Map<String, Object> trigger : lag) {
            String topic = (String) Manifest.path(trigger, "metadata", "topic");
            assertEquals(routerGroup(topic), Manifest.path(trigger, "metadata", "consumerGroup"),
                    "the group the router's application.properties gives its consumer of " + topic);
            assertTrue(partitions.get(topic) >= maxReplicas, topic + ": " + partitions.get(topic)
                    + " partitions for up to " + maxReplicas + " router replicas");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void ingestServicesScaleOnCpuAndTheGatewayNotOnLag(String overlay) {
        Manifest manifest = Manifest.of(overlay);
        for (HorizontalPodAutoscaler hpa : manifest.all(HorizontalPodAutoscaler.class)) {
            assertTrue(hpa.getMetadata().getName().startsWith("ingest-"));
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
        }
        GenericKubernetesResource gateway = manifest.generic("ScaledObject").stream()
                .filter(s -> s.getMetadata().getName().equals("agent-gateway")).findFirst().orElseThrow();
        assertTrue(Manifest.list(Manifest.path(gateway.get("spec"), "triggers"))
                .noneMatch(t -> "kafka".equals(t.get("type"))), "each gateway reads all deliveries: lag says nothing");
    }

    @Test
    void routerDeadLettersGoToTheTopicTheManifestsCreate() throws Exception {
        assertTrue(routerProperties().contains("dead-letter-queue.topic=" + Topics.deadLetter("router")));
    }

    /** The consumer group router/application.properties sets for a topic's channel. */
    private static String routerGroup(String topic) throws java.io.IOException {
        String key = "mp.messaging.incoming.\"" + topic + "\".group.id=";
        return routerProperties().lines().filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).trim()).findFirst()
                .orElseThrow(() -> new AssertionError("router sets no group.id for " + topic));
    }

    private static String routerProperties() throws java.io.IOException {
        return java.nio.file.Files.readString(
                ServiceSettings.ROOT.resolve("router/src/main/resources/application.properties"));
    }
}
