package dev.switchboard.ingest.social.line;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.social.Attachments;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;
import dev.switchboard.servicekit.ProblemException;

/**
 * A LINE webhook body: {@code destination} (the bot's user id) and its {@code events}, one item each. Messages,
 * edits, postbacks and unsends are published in {@code social:line:<destination>:<user, group or room id>};
 * follow/join and other lifecycle events, standby-mode events (another channel answers) and unknown types are
 * acknowledged and counted. A redelivered event keeps its ids, and is marked {@code redelivery=true}.
 */
@ApplicationScoped
public class LineNormalizer {

    static final String PROVIDER = "line";
    private static final List<String> LIFECYCLE = List.of("follow", "unfollow", "join", "leave", "memberJoined",
            "memberLeft", "beacon", "accountLink", "things", "videoPlayComplete", "activated", "deactivated",
            "botSuspended", "botResumed", "membership", "module");

    private final Metadata metadata;
    private final Clock clock;

    public LineNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public List<Item> normalize(JsonNode body) {
        String destination = Json.text(body, "destination");
        List<JsonNode> events = Json.array(body, "events");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String ref = "events[" + i + "]";
            items.addAll(Item.one(ref, () -> event(destination, event, ref)));
        }
        return items;
    }

    private Item event(String destination, JsonNode event, String ref) {
        String type = Json.text(event, "type");
        if (LIFECYCLE.contains(type)) {
            return Item.skip(ref, "ignored: " + type);
        }
        if (!List.of("message", "messageEdited", "postback", "unsend").contains(type)) {
            return Item.skip(ref, "unknown-event: " + type);
        }
        if ("standby".equals(Json.text(event, "mode"))) {
            return Item.skip(ref, "standby: another channel answers this chat");
        }
        String sourceType = Json.text(event, "source.type");
        String thread = "user".equals(sourceType) ? Json.text(event, "source.userId")
                : "group".equals(sourceType) ? Json.text(event, "source.groupId")
                : "room".equals(sourceType) ? Json.text(event, "source.roomId") : null;
        if (thread == null) {
            return Item.skip(ref, "unknown-event: source " + sourceType);
        }
        String eventId = Json.text(event, "webhookEventId");
        String user = Json.text(event, "source.userId");
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .conversation(require(destination, "destination"), thread)
                .customer(user == null ? null : CustomerIdentity.ofHandle(user, null))
                .sentAt(Json.epochMillis(Json.text(event, "timestamp")))
                .meta("line.sourceType", sourceType)
                .meta("line.webhookEventId", eventId)
                .meta("redelivery", Json.isTrue(event, "deliveryContext.isRedelivery") ? "true" : null);
        String occurrence = eventId != null ? eventId : thread + ":" + Json.text(event, "timestamp");
        switch (type) {
            case "postback" -> social.providerMessageId("postback:" + occurrence)
                    .text(Json.text(event, "postback.data"))
                    .meta("buttonPayload", Json.text(event, "postback.data"));
            case "unsend" -> social.providerMessageId("unsend:" + Json.text(event, "unsend.messageId"))
                    .flag(MessageFlag.STATUS_UPDATE)
                    .text("The customer unsent a message.")
                    .meta("deletedMessageId", Json.text(event, "unsend.messageId"));
            default -> {
                JsonNode message = event.path("message");
                String id = require(Json.text(message, "id"), "message.id");
                boolean edited = "messageEdited".equals(type);
                social.providerMessageId(edited ? id + ":edited:" + occurrence : id)
                        .meta("edited", edited ? "true" : null)
                        .meta("originalMessageId", edited ? id : null);
                if (!content(social, message)) {
                    return Item.skip(ref, "unknown-event: message type " + Json.text(message, "type"));
                }
            }
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private static boolean content(SocialMessage social, JsonNode message) {
        String type = Json.text(message, "type");
        String id = Json.text(message, "id");
        social.meta("replyTo", Json.text(message, "quotedMessageId"));
        switch (type == null ? "" : type) {
            case "text" -> {
                String text = Json.text(message, "text");
                social.text(text);
                List<String> mentions = new ArrayList<>();
                for (JsonNode mentionee : Json.array(message, "mention.mentionees")) {
                    mentions.add(slice(text, mentionee) + " (" + (Json.text(mentionee, "userId") != null
                            ? Json.text(mentionee, "userId") : Json.text(mentionee, "type")) + ")");
                }
                social.meta("mentions", mentions.isEmpty() ? null : String.join(", ", mentions))
                        .meta("line.emojis", Json.array(message, "emojis").isEmpty() ? null
                                : Integer.toString(Json.array(message, "emojis").size()));
            }
            case "image", "video", "audio" -> {
                boolean external = "external".equals(Json.text(message, "contentProvider.type"));
                social.attachment(Attachments.of(PROVIDER, null, null, null,
                        external ? Json.text(message, "contentProvider.originalContentUrl") : null, id))
                        .meta("mediaType", type)
                        .meta("durationSeconds", Json.number(message, "duration") == null ? null
                                : Json.number(message, "duration") / 1000);
            }
            case "file" -> social.attachment(Attachments.of(PROVIDER, Json.text(message, "fileName"), null,
                    Json.number(message, "fileSize"), null, id)).meta("mediaType", "file");
            case "location" -> {
                String latitude = Json.text(message, "latitude");
                String longitude = Json.text(message, "longitude");
                String title = Json.text(message, "title");
                String address = Json.text(message, "address");
                social.text("Shared a location: " + (title == null ? "" : title + ", ")
                        + (address == null ? "" : address + ", ") + latitude + ", " + longitude)
                        .meta("location.latitude", latitude).meta("location.longitude", longitude)
                        .meta("location.name", title).meta("location.address", address);
            }
            case "sticker" -> social.text(Json.text(message, "text"), "[Sticker]")
                    .meta("line.sticker", Json.text(message, "packageId") + "/" + Json.text(message, "stickerId"))
                    .meta("line.stickerKeywords", String.join(", ", Json.array(message, "keywords").stream()
                            .map(JsonNode::asText).toList()));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The mentioned text; LINE's index and length count UTF-16 code units, as Java strings do. */
    private static String slice(String text, JsonNode mentionee) {
        Long index = Json.number(mentionee, "index");
        Long length = Json.number(mentionee, "length");
        if (text == null || index == null || length == null || index < 0 || index + length > text.length()) {
            return "@?";
        }
        return text.substring(index.intValue(), (int) (index + length));
    }

    private static String require(String value, String field) {
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }
}
