package dev.switchboard.bench.system;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import dev.switchboard.contracts.Topics;

/**
 * How many inbound records the router has not consumed yet: its consumer group's committed offsets on
 * {@code switchboard.inbound} against the topic's end offsets. A record missing from the router's database while
 * the router still lags behind may be late, not lost.
 */
final class RouterLag {

    /** The router's consumer group on the inbound topic (its {@code group.id}). */
    private static final String GROUP = "router";

    private RouterLag() {
    }

    static long of(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(java.util.List.of(Topics.INBOUND))
                    .allTopicNames().get().get(Topics.INBOUND).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(Topics.INBOUND, p.partition()),
                            p -> OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the router's consumer lag", e.getCause());
        }
    }
}
