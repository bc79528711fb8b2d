package dev.switchboard.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Published to {@link Topics#OUTBOUND} keyed by conversation id. */
@JsonClassDescription("A message to a customer for the channel connector to send: an agent's reply or an "
        + "automatic acknowledgement.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundMessage(
        @JsonPropertyDescription("Unique per message; connectors dedupe on it so a redelivery is not sent twice.")
        String id,
        @JsonPropertyDescription("Version of this record's shape; bumped only by a breaking change.")
        int schemaVersion,
        @JsonPropertyDescription("An agent's reply or an automatic acknowledgement.")
        Kind kind,
        @JsonPropertyDescription("The conversation answered; also the Kafka record key.")
        String conversationId,
        @JsonPropertyDescription("The channel to answer on.")
        Channel channel,
        @JsonPropertyDescription("The service to send it through (webchat, twilio, ...).")
        String provider,
        @JsonPropertyDescription("The customer, as the channel knows them.")
        CustomerIdentity to,
        @JsonPropertyDescription("The agent who wrote it; absent for automatic messages.")
        String agentId,
        @JsonPropertyDescription("What to send, plain text in Unicode NFC.")
        String text,
        @JsonPropertyDescription("BCP 47 tag of the text's language.")
        String language,
        @JsonPropertyDescription("When it was written (UTC).")
        Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;

    public enum Kind {
        REPLY, AUTO_ACKNOWLEDGEMENT
    }
}
