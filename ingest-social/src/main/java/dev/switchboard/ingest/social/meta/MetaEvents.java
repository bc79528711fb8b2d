package dev.switchboard.ingest.social.meta;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;

/**
 * Splits a Meta webhook body ({@code object} whatsapp_business_account, page or instagram) into its items:
 * {@code entry[].changes[]} and {@code entry[].messaging[]}. Every item is normalized on its own, so one that
 * cannot be read is reported and its siblings are still published.
 */
@ApplicationScoped
public class MetaEvents {

    private final WhatsAppNormalizer whatsApp;
    private final MessengerNormalizer messenger;
    private final PublicPostNormalizer publicPosts;

    public MetaEvents(WhatsAppNormalizer whatsApp, MessengerNormalizer messenger, PublicPostNormalizer publicPosts) {
        this.whatsApp = whatsApp;
        this.messenger = messenger;
        this.publicPosts = publicPosts;
    }

    /** The items of one body and the provider they came from. */
    public record Batch(String provider, List<Item> items) {
    }

    public Batch read(JsonNode body) {
        String object = Json.text(body, "object");
        String provider = provider(object);
        if (provider == null) {
            return new Batch("meta", List.of(Item.skip("object", "unknown-event: object " + object)));
        }
        List<Item> items = new ArrayList<>();
        List<JsonNode> entries = Json.array(body, "entry");
        for (int e = 0; e < entries.size(); e++) {
            JsonNode entry = entries.get(e);
            String ref = "entry[" + e + "]";
            List<JsonNode> changes = Json.array(entry, "changes");
            for (int c = 0; c < changes.size(); c++) {
                JsonNode change = changes.get(c);
                String changeRef = ref + ".changes[" + c + "]";
                items.addAll(Item.guard(changeRef, () -> change(provider, entry, change, changeRef)));
            }
            List<JsonNode> messaging = Json.array(entry, "messaging");
            for (int m = 0; m < messaging.size(); m++) {
                JsonNode event = messaging.get(m);
                String eventRef = ref + ".messaging[" + m + "]";
                items.addAll(Item.one(eventRef, () -> messenger.normalize(provider, event, eventRef)));
            }
            List<JsonNode> standby = Json.array(entry, "standby");
            for (int s = 0; s < standby.size(); s++) {
                // Another app owns these threads (handover protocol); it answers them, not us.
                items.add(Item.skip(ref + ".standby[" + s + "]", "standby: another app owns the thread"));
            }
        }
        if (items.isEmpty()) {
            items.add(Item.skip("entry", "unknown-event: no changes or messaging"));
        }
        return new Batch(provider, items);
    }

    private List<Item> change(String provider, JsonNode entry, JsonNode change, String ref) {
        String field = Json.text(change, "field");
        JsonNode value = change.path("value");
        if ("whatsapp".equals(provider)) {
            return "messages".equals(field) || "calls".equals(field)
                    ? whatsApp.normalize(value, ref + ".value")
                    : List.of(Item.skip(ref, "unknown-event: field " + field));
        }
        String account = WhatsAppNormalizer.require(Json.text(entry, "id"), "entry.id");
        return List.of(publicPosts.normalize(provider, account, field == null ? "" : field, value, ref));
    }

    private static String provider(String object) {
        if (object == null) {
            return null;
        }
        return switch (object) {
            case "whatsapp_business_account" -> "whatsapp";
            case "page" -> "messenger";
            case "instagram" -> "instagram";
            default -> null;
        };
    }
}
