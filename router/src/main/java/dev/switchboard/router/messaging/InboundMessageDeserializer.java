package dev.switchboard.router.messaging;

import dev.switchboard.contracts.InboundMessage;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class InboundMessageDeserializer extends ObjectMapperDeserializer<InboundMessage> {

    public InboundMessageDeserializer() {
        super(InboundMessage.class);
    }
}
