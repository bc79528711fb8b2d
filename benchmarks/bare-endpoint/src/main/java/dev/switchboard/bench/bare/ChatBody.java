package dev.switchboard.bench.bare;

import java.time.Instant;

/**
 * The web-chat body ingest-chat binds ({@code WebChatMessage}), mirrored rather than imported: depending on
 * ingest-chat would bring its Kafka publisher into the baseline, which is exactly what the baseline leaves out.
 */
public record ChatBody(
        String sessionId,
        String clientMessageId,
        Visitor visitor,
        String text,
        String locale,
        String timeZone,
        String pageUrl,
        Instant sentAt) {

    public record Visitor(String id, String name, String email) {
    }
}
