package dev.switchboard.ingest.core;

import dev.switchboard.contracts.InboundMessage;

/** What ingest answers once Kafka has the message. The same provider message id always gets the same answer. */
public record Accepted(String id, String conversationKey, String status) {

    public static Accepted of(InboundMessage message) {
        return new Accepted(message.id(), message.conversationKey(), "accepted");
    }
}
