package dev.switchboard.gateway.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import dev.switchboard.contracts.AgentEvent;
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

    private static final Map<Class<?>, String> TYPE_NAMES = Arrays
            .stream(AgentEvent.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

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
        RecordHeaders headers = new RecordHeaders();
        headers.add("id", bytes(event.id()));
        headers.add("type", bytes(TYPE_NAMES.get(event.getClass())));
        headers.add("schemaVersion", bytes(Integer.toString(event.schemaVersion())));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.agentId())
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata))
                .ifNoItem().after(settings.publishTimeout()).failWith(TimeoutException::new);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
