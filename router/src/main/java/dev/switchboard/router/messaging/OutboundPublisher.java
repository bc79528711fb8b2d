package dev.switchboard.router.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.switchboard.contracts.ContractHeaders;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Hands customers' messages (agents' replies, acknowledgements) to the channel connectors, keyed by conversation
 * id so a conversation's messages stay in order. Unlike a delivery, a message the broker refuses fails the record
 * that produced it, which is then retried: the stored reply is found and published again under the same id.
 */
@ApplicationScoped
public class OutboundPublisher {

    private final MutinyEmitter<OutboundMessage> emitter;

    public OutboundPublisher(@Channel(Topics.OUTBOUND) MutinyEmitter<OutboundMessage> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(List<OutboundMessage> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(messages.stream().map(this::send).toList()).andFailFast().replaceWithVoid();
    }

    private Uni<Void> send(OutboundMessage message) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(message.conversationId())
                .withHeaders(ContractHeaders.of(message.id(), message, message.schemaVersion()))
                .build();
        return emitter.sendMessage(Message.of(message).addMetadata(metadata));
    }
}
