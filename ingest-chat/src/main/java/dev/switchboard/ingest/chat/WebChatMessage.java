package dev.switchboard.ingest.chat;

import java.time.Instant;

/**
 * What a web-chat widget backend posts for one visitor message.
 *
 * @param sessionId       the chat session; one session is one conversation
 * @param clientMessageId the widget's id for this message, unique within the session; a re-post reuses it
 * @param locale          the browser's BCP 47 locale (navigator.language)
 * @param timeZone        the browser's IANA time zone
 */
public record WebChatMessage(
        String sessionId,
        String clientMessageId,
        Visitor visitor,
        String text,
        String locale,
        String timeZone,
        String pageUrl,
        Instant sentAt) {

    /** The visitor as the site knows them; {@code id} is stable across sessions when the visitor is signed in. */
    public record Visitor(String id, String name, String email) {
    }
}
