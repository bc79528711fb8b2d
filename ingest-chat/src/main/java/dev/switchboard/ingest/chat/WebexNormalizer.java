package dev.switchboard.ingest.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.Text;
import dev.switchboard.servicekit.ProblemException;

/**
 * A Webex message, posted either as the message itself or as Webex's webhook envelope
 * ({@code resource: messages, event: created, data: {...}}). Webex webhooks leave the text out; such a message is
 * published with the ids it has and flagged in metadata so the text can be fetched.
 */
@ApplicationScoped
public class WebexNormalizer {

    static final String PROVIDER = "webex";

    private final Metadata metadata;
    private final Clock clock;

    @Inject
    public WebexNormalizer(Metadata metadata) {
        this(metadata, Clock.systemUTC());
    }

    WebexNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public InboundMessage normalize(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badInput(null, "the body must be a Webex message or webhook object");
        }
        boolean envelope = body.has("resource") && body.has("data");
        JsonNode message = envelope ? body.get("data") : body;
        String id = required(message, "id", envelope ? "data.id" : "id");
        String roomId = required(message, "roomId", envelope ? "data.roomId" : "roomId");
        String text = Text.normalizeOrNull(message.path("text").asText(null));
        Instant now = clock.instant();
        return new InboundMessage(
                MessageIds.canonicalId(Channel.CHAT, PROVIDER, id),
                InboundMessage.SCHEMA_VERSION,
                Channel.CHAT,
                PROVIDER,
                "chat:" + PROVIDER + ":" + roomId,
                id,
                new CustomerIdentity(message.path("personEmail").asText(null), null,
                        message.path("personId").asText(null), null, null, null, null),
                null,
                text,
                null,
                null,
                files(message),
                null,
                instant(message.path("created").asText(null), now),
                now,
                null,
                metadata.builder()
                        .put("webex.roomType", message.path("roomType").asText(null))
                        .put("webex.event", envelope ? body.path("resource").asText() + "." + body.path("event").asText() : null)
                        .put("webex.textNotIncluded", text == null ? "true" : null)
                        .build());
    }

    private static List<Attachment> files(JsonNode message) {
        JsonNode files = message.path("files");
        if (!files.isArray()) {
            return List.of();
        }
        java.util.ArrayList<Attachment> attachments = new java.util.ArrayList<>();
        files.forEach(url -> attachments.add(new Attachment(null, null, null, null, url.asText())));
        return attachments;
    }

    private static String required(JsonNode node, String name, String field) {
        String value = node.path(name).asText(null);
        if (value == null || value.isBlank()) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }

    private static Instant instant(String text, Instant fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput("created", "'" + text + "' is not an ISO-8601 instant");
        }
    }
}
