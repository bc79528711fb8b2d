package dev.switchboard.ingest.social.telegram;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.social.Attachments;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;

/** What a Telegram message carries: text or caption with its entities, media, a location, a contact. */
final class TelegramContent {

    private static final List<String> FILES = List.of("document", "video", "voice", "audio", "animation",
            "video_note", "sticker");

    private TelegramContent() {
    }

    /** False for a service message (members joined, title changed, pinned) that carries nothing to read. */
    static boolean read(SocialMessage social, JsonNode message) {
        boolean content = false;
        String text = Json.text(message, "text");
        String caption = Json.text(message, "caption");
        if (text != null || caption != null) {
            String raw = text != null ? text : caption;
            List<TelegramEntities.Entity> entities = TelegramEntities.read(raw,
                    Json.array(message, text != null ? "entities" : "caption_entities"));
            for (int i = 0; i < entities.size(); i++) {
                social.meta("telegram.entity." + i, entities.get(i).describe());
            }
            social.text(raw);
            content = true;
        }
        List<JsonNode> photo = Json.array(message, "photo");
        if (!photo.isEmpty()) {
            JsonNode largest = photo.stream()
                    .max(Comparator.comparingLong((JsonNode size) -> size.path("width").asLong()
                            * size.path("height").asLong()))
                    .orElseThrow();
            social.attachment(Attachments.of(TelegramNormalizer.PROVIDER, null, "image/jpeg",
                    Json.number(largest, "file_size"), null, Json.text(largest, "file_id")))
                    .meta("mediaType", "photo");
            content = true;
        }
        for (String kind : FILES) {
            JsonNode file = message.path(kind);
            if (file.isObject()) {
                social.attachment(Attachments.of(TelegramNormalizer.PROVIDER, Json.text(file, "file_name"),
                        Json.text(file, "mime_type") != null ? Json.text(file, "mime_type") : stickerType(kind, file),
                        Json.number(file, "file_size"), null, Json.text(file, "file_id")))
                        .meta("mediaType", kind)
                        .meta("durationSeconds", Json.text(file, "duration"));
                if ("sticker".equals(kind)) {
                    social.text("[Sticker " + (Json.text(file, "emoji") == null ? "" : Json.text(file, "emoji")) + "]");
                }
                content = true;
            }
        }
        if (message.path("location").isObject()) {
            JsonNode location = message.path("venue").isObject() ? message.path("venue") : message;
            String latitude = Json.text(message, "location.latitude");
            String longitude = Json.text(message, "location.longitude");
            String title = Json.text(location, "title");
            social.text("Shared a location: " + (title == null ? "" : title + ", ")
                    + (Json.text(location, "address") == null ? "" : Json.text(location, "address") + ", ")
                    + latitude + ", " + longitude)
                    .meta("location.latitude", latitude)
                    .meta("location.longitude", longitude)
                    .meta("location.name", title)
                    .meta("location.address", Json.text(location, "address"));
            content = true;
        }
        JsonNode contact = message.path("contact");
        if (contact.isObject()) {
            String name = String.join(" ", java.util.stream.Stream.of(Json.text(contact, "first_name"),
                    Json.text(contact, "last_name")).filter(part -> part != null).toList());
            social.text("Shared a contact: " + name + " " + Json.text(contact, "phone_number"))
                    .meta("contacts.0.name", name)
                    .meta("contacts.0.phones", Json.text(contact, "phone_number"))
                    .meta("contacts.0.userId", Json.text(contact, "user_id"));
            content = true;
        }
        if (message.path("poll").isObject()) {
            social.text("[Poll] " + Json.text(message, "poll.question"));
            content = true;
        }
        return content;
    }

    private static String stickerType(String kind, JsonNode file) {
        if (!"sticker".equals(kind)) {
            return null;
        }
        return Json.isTrue(file, "is_video") ? "video/webm" : Json.isTrue(file, "is_animated")
                ? "application/x-tgsticker" : "image/webp";
    }
}
