package dev.switchboard.gateway.messaging;

import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractHeaders;
import dev.switchboard.contracts.Topics;
import dev.switchboard.gateway.config.GatewaySettings;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes what agents do to {@link Topics#AGENT_EVENTS}, keyed by agent id so one agent's actions stay in order,
 * with the event's id, type and schema version in headers. Completes when the broker has the record.
 */
@ApplicationScoped
public class AgentEventPublisher {

    private final MutinyEmitter<AgentEvent> emitter;
    private final GatewaySettings settings;

    public AgentEventPublisher(
            @Channel(Topics.AGENT_EVENTS) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<AgentEvent> emitter,
            GatewaySettings settings) {
        this.emitter = emitter;
        this.settings = settings;
    }

    /** Sends on subscription; fails if the broker has not acknowledged within the publish timeout. */
    public Uni<Void> publish(AgentEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.agentId())
                .withHeaders(ContractHeaders.of(event.id(), event, event.schemaVersion()))
                .build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata))
                .ifNoItem().after(settings.publishTimeout()).failWith(TimeoutException::new);
    }
}
