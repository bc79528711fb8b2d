package dev.switchboard.router.messaging;

import dev.switchboard.contracts.AgentEvent;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads the sealed {@link AgentEvent} by its {@code type} property. */
public class AgentEventDeserializer extends ObjectMapperDeserializer<AgentEvent> {

    public AgentEventDeserializer() {
        super(AgentEvent.class);
    }
}
