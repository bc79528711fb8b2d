package dev.switchboard.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message to a customer, for the channel connector to send: an agent's reply or an automatic
 * acknowledgement. Published to {@link Topics#OUTBOUND} keyed by conversation id.
 *
 * @param agentId null for automatic messages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundMessage(
        String id,
        int schemaVersion,
        Kind kind,
        String conversationId,
        Channel channel,
        String provider,
        CustomerIdentity to,
        String agentId,
        String text,
        String language,
        Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;

    public enum Kind {
        REPLY, AUTO_ACKNOWLEDGEMENT
    }
}
