package dev.switchboard.router.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.switchboard.contracts.ContractHeaders;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends agents what the router decided, after the decision is committed, keyed by agent id so each agent's
 * deliveries stay in order. The record's id, type and schema version travel in headers too.
 */
@ApplicationScoped
public class DeliveryPublisher {

    private static final Logger LOG = Logger.getLogger(DeliveryPublisher.class);

    private final MutinyEmitter<Delivery> emitter;

    public DeliveryPublisher(@Channel(Topics.DELIVERIES) MutinyEmitter<Delivery> emitter) {
        this.emitter = emitter;
    }

    /**
     * Completes when the broker has every delivery. A delivery the broker refuses is logged, not retried: the
     * decision is already committed, and an offer nobody answers expires and is routed again.
     */
    public Uni<Void> publish(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(deliveries.stream().map(this::send).toList()).andCollectFailures()
                .replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warnf("Could not publish %d deliveries: %s", deliveries.size(),
                        failure.toString()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> send(Delivery delivery) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(delivery.agentId())
                .withHeaders(ContractHeaders.of(delivery.id(), delivery, delivery.schemaVersion()))
                .build();
        return emitter.sendMessage(Message.of(delivery).addMetadata(metadata));
    }
}
