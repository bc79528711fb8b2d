package dev.switchboard.ingest.phone;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.core.Accepted;

/**
 * A call as the canonical message, and whether it goes to Kafka.
 *
 * @param status what the connector is told: {@code accepted} (on Kafka), {@code skipped} (needs no callback and
 *               answered calls are not published here), {@code in-progress} (the call has not ended)
 */
public record NormalizedCall(InboundMessage message, boolean publish, String status) {

    public static final String ACCEPTED = "accepted";
    public static final String SKIPPED = "skipped";
    public static final String IN_PROGRESS = "in-progress";

    public Accepted answer() {
        return new Accepted(message.id(), message.conversationKey(), status);
    }
}
