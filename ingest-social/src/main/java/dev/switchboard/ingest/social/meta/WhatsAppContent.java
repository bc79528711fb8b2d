package dev.switchboard.ingest.social.meta;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.social.Attachments;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;

/**
 * What a WhatsApp message says, by type: the text an agent reads, the attachments, and the specifics in metadata.
 * A type we do not know is still published (the customer did write) with what WhatsApp says about it.
 */
final class WhatsAppContent {

    private static final List<String> MEDIA = List.of("image", "video", "audio", "document", "sticker");

    private WhatsAppContent() {
    }

    static void read(SocialMessage social, JsonNode message) {
        String type = Json.text(message, "type") == null ? "unknown" : Json.text(message, "type");
        if (MEDIA.contains(type)) {
            media(social, type, message.path(type));
            return;
        }
        switch (type) {
            case "text" -> social.text(Json.text(message, "text.body"));
            case "reaction" -> reaction(social, message.path("reaction"));
            case "location" -> location(social, message.path("location"));
            case "contacts" -> contacts(social, Json.array(message, "contacts"));
            case "interactive" -> interactive(social, message.path("interactive"));
            case "button" -> social.text(Json.text(message, "button.text"))
                    .meta("buttonPayload", Json.text(message, "button.payload"));
            case "order" -> order(social, message.path("order"));
            case "system" -> social.flag(MessageFlag.STATUS_UPDATE).text(Json.text(message, "system.body"))
                    .meta("whatsapp.system", Json.text(message, "system.type"))
                    .meta("whatsapp.newWaId", Json.text(message, "system.wa_id"));
            case "edit" -> edit(social, message.path("edit"));
            case "revoke" -> social.flag(MessageFlag.STATUS_UPDATE).text("The customer deleted a message.")
                    .meta("deletedMessageId", Json.text(message, "revoke.original_message_id"));
            default -> {
                String detail = Json.text(message, type + ".type");
                social.text("[A WhatsApp message of a type that cannot be shown here: "
                        + (detail == null ? type : type + "/" + detail) + "]").meta("unsupported", type);
            }
        }
    }

    private static void media(SocialMessage social, String type, JsonNode media) {
        Attachment attachment = Attachments.of(WhatsAppNormalizer.PROVIDER, Json.text(media, "filename"),
                Json.text(media, "mime_type"), Json.number(media, "file_size"), Json.text(media, "url"),
                Json.text(media, "id"));
        social.attachment(Attachments.withBase64Sha256(attachment, Json.text(media, "sha256")))
                .text(Json.text(media, "caption"))
                .meta("mediaType", type)
                .meta("mediaId", Json.text(media, "id"))
                .meta("voice", Json.isTrue(media, "voice") ? "true" : null)
                .meta("animated", Json.isTrue(media, "animated") ? "true" : null);
    }

    private static void reaction(SocialMessage social, JsonNode reaction) {
        String emoji = Json.text(reaction, "emoji");
        social.text(emoji == null ? "Removed a reaction." : "Reacted " + emoji + ".")
                .meta("reaction", emoji == null ? "(removed)" : emoji)
                .meta("replyTo", Json.text(reaction, "message_id"));
    }

    static void location(SocialMessage social, JsonNode location) {
        String latitude = Json.text(location, "latitude");
        String longitude = Json.text(location, "longitude");
        String name = Json.text(location, "name");
        String address = Json.text(location, "address");
        StringBuilder text = new StringBuilder("Shared a location: ");
        if (name != null) {
            text.append(name).append(", ");
        }
        if (address != null) {
            text.append(address).append(", ");
        }
        text.append(latitude).append(", ").append(longitude);
        social.text(text.toString())
                .meta("location.latitude", latitude)
                .meta("location.longitude", longitude)
                .meta("location.name", name)
                .meta("location.address", address)
                .meta("location.url", Json.text(location, "url"));
    }

    private static void contacts(SocialMessage social, List<JsonNode> contacts) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            JsonNode contact = contacts.get(i);
            String name = Json.text(contact, "name.formatted_name");
            List<String> phones = Json.array(contact, "phones").stream()
                    .map(phone -> Json.text(phone, "phone")).filter(p -> p != null).toList();
            shown.add(name + (phones.isEmpty() ? "" : " " + String.join(", ", phones)));
            social.meta("contacts." + i + ".name", name).meta("contacts." + i + ".phones", String.join(", ", phones));
        }
        social.text("Shared " + (contacts.size() == 1 ? "a contact: " : "contacts: ") + String.join("; ", shown));
    }

    private static void interactive(SocialMessage social, JsonNode interactive) {
        String kind = Json.text(interactive, "type");
        if (kind == null) {
            social.meta("unsupported", "interactive").text("[An interactive reply WhatsApp could not deliver]");
            return;
        }
        JsonNode reply = interactive.path(kind);
        String description = Json.text(reply, "description");
        social.text(Json.text(reply, "title") == null ? null
                        : Json.text(reply, "title") + (description == null ? "" : " (" + description + ")"),
                Json.text(reply, "body"))
                .meta("buttonPayload", Json.text(reply, "id"))
                .meta("whatsapp.interactive", kind)
                .meta("whatsapp.flowResponse", Json.text(reply, "response_json"));
    }

    private static void order(SocialMessage social, JsonNode order) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : Json.array(order, "product_items")) {
            lines.add(Json.text(item, "quantity") + " × " + Json.text(item, "product_retailer_id") + " at "
                    + Json.text(item, "item_price") + " " + Json.text(item, "currency"));
        }
        String note = Json.text(order, "text");
        social.text("Order: " + String.join("; ", lines) + (note == null ? "" : ". " + note))
                .meta("whatsapp.catalogId", Json.text(order, "catalog_id"));
    }

    private static void edit(SocialMessage social, JsonNode edit) {
        social.meta("edited", "true").meta("originalMessageId", Json.text(edit, "original_message_id"));
        JsonNode inner = edit.path("message");
        read(social, inner);
        social.meta("whatsapp.type", "edit/" + Json.text(inner, "type"));
    }
}
