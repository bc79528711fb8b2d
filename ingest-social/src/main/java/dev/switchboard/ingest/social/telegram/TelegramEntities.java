package dev.switchboard.ingest.social.telegram;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.social.Json;

/**
 * Telegram message entities (links, mentions, hashtags, formatting). Their offsets and lengths count UTF-16 code
 * units, which is exactly what a Java String indexes, so each entity is cut from the text as Telegram sent it,
 * before any normalization could move the offsets; an emoji beside an entity is never split.
 */
final class TelegramEntities {

    private static final List<String> KEPT = List.of("text_link", "url", "mention", "text_mention", "hashtag",
            "cashtag", "email", "phone_number", "bot_command");

    private TelegramEntities() {
    }

    record Entity(String type, String text, String url) {

        String describe() {
            return type + " \"" + text + "\"" + (url == null ? "" : " " + url);
        }
    }

    /** The entities worth an agent's attention (links and references, not bold or italics), in order. */
    static List<Entity> read(String text, List<JsonNode> entities) {
        List<Entity> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (JsonNode entity : entities) {
            String type = Json.text(entity, "type");
            Long offset = Json.number(entity, "offset");
            Long length = Json.number(entity, "length");
            if (!KEPT.contains(type) || offset == null || length == null || offset < 0 || length < 0
                    || offset + length > text.length()) {
                continue;
            }
            String url = "text_mention".equals(type) ? Json.text(entity, "user.id") : Json.text(entity, "url");
            found.add(new Entity(type, text.substring(offset.intValue(), (int) (offset + length)), url));
        }
        return found;
    }
}
