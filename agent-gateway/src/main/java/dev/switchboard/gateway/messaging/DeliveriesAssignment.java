package dev.switchboard.gateway.messaging;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Readiness: this instance reads deliveries from now on. Its consumer group is its own and starts at the latest
 * offset, so until partitions are assigned (and the starting offsets fixed) a delivery for an agent connected here
 * would be missed; agents should not be sent here before that.
 */
@ApplicationScoped
@Identifier(DeliveriesAssignment.NAME)
@Readiness
public class DeliveriesAssignment implements KafkaConsumerRebalanceListener, HealthCheck {

    public static final String NAME = "deliveries-assignment";

    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // Resolving the positions here fixes "latest" now, rather than at some later poll.
        partitions.forEach(consumer::position);
        assigned.addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        assigned.removeAll(partitions);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .status(!assigned.isEmpty())
                .withData("partitions", assigned.size())
                .build();
    }
}
