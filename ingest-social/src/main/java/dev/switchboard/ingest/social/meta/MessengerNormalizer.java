package dev.switchboard.ingest.social.meta;

import java.time.Clock;
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

/**
 * One Messenger or Instagram {@code messaging[]} event. Messages, postbacks (button presses), reactions and
 * referrals (ads, m.me links) from the customer are published in {@code social:<provider>:<page>:<sender id>};
 * our own echoes and handover-protocol events are acknowledged and counted; delivery and read receipts become
 * {@code STATUS_UPDATE} records.
 */
@ApplicationScoped
public class MessengerNormalizer {

    private final Metadata metadata;
    private final Clock clock;

    public MessengerNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public Item normalize(String provider, JsonNode event, String ref) {
        JsonNode message = event.path("message");
        if (Json.isTrue(message, "is_echo")) {
            return Item.skip(ref, "echo: our own message");
        }
        for (String handover : List.of("pass_thread_control", "take_thread_control", "request_thread_control",
                "app_roles")) {
            if (event.has(handover)) {
                return Item.skip(ref, "handover: " + handover);
            }
        }
        String sender = WhatsAppNormalizer.require(Json.text(event, "sender.id"), "sender.id");
        String page = WhatsAppNormalizer.require(Json.text(event, "recipient.id"), "recipient.id");
        SocialMessage social = SocialMessage.of(provider, metadata)
                .conversation(page, sender)
                .customer(CustomerIdentity.ofHandle(sender, null))
                .sentAt(Json.epochMillis(Json.text(event, "timestamp")));
        if (message.isObject()) {
            message(social, message);
        } else if (event.has("postback")) {
            JsonNode postback = event.path("postback");
            social.providerMessageId(Json.text(postback, "mid") != null ? Json.text(postback, "mid")
                    : "postback:" + sender + ":" + Json.text(event, "timestamp"))
                    .text(Json.text(postback, "title"), Json.text(postback, "payload"))
                    .meta("buttonPayload", Json.text(postback, "payload"));
            referral(social, postback.path("referral"));
        } else if (event.has("reaction")) {
            JsonNode reaction = event.path("reaction");
            boolean removed = "unreact".equals(Json.text(reaction, "action"));
            String emoji = Json.text(reaction, "emoji") != null ? Json.text(reaction, "emoji")
                    : Json.text(reaction, "reaction");
            social.providerMessageId("reaction:" + Json.text(reaction, "mid") + ":" + sender + ":"
                    + Json.text(event, "timestamp"))
                    .text(removed ? "Removed a reaction." : "Reacted " + emoji + ".")
                    .meta("reaction", removed ? "(removed)" : emoji)
                    .meta("replyTo", Json.text(reaction, "mid"));
        } else if (event.has("referral")) {
            referral(social, event.path("referral"));
            social.providerMessageId("referral:" + sender + ":" + Json.text(event, "timestamp"))
                    .text("Opened the conversation from " + describe(event.path("referral")) + ".");
        } else if (event.has("message_edit")) {
            JsonNode edit = event.path("message_edit");
            social.providerMessageId(Json.text(edit, "mid") + ":edit:" + Json.text(edit, "num_edit"))
                    .text(Json.text(edit, "text"))
                    .meta("edited", "true").meta("originalMessageId", Json.text(edit, "mid"));
        } else if (event.has("read") || event.has("delivery")) {
            String state = event.has("read") ? "read" : "delivered";
            JsonNode receipt = event.path(event.has("read") ? "read" : "delivery");
            social.providerMessageId(state + ":" + sender + ":" + Json.text(receipt, "watermark"))
                    .flag(MessageFlag.STATUS_UPDATE)
                    .text("Our messages up to " + Json.epochMillis(Json.text(receipt, "watermark")) + " were "
                            + state + ".")
                    .meta("status", state)
                    .meta("statusOf", "message")
                    .meta("watermark", Json.text(receipt, "watermark"));
        } else {
            return Item.skip(ref, "unknown-event: messaging without a known field");
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private static void message(SocialMessage social, JsonNode message) {
        social.providerMessageId(Json.text(message, "mid"))
                .text(Json.text(message, "text"))
                .meta("replyTo", Json.text(message, "reply_to.mid"))
                .meta("replyToStory", Json.text(message, "reply_to.story.url"))
                .meta("buttonPayload", Json.text(message, "quick_reply.payload"));
        if (Json.isTrue(message, "is_deleted")) {
            social.flag(MessageFlag.STATUS_UPDATE).text("The customer deleted a message.");
        }
        List<JsonNode> attachments = Json.array(message, "attachments");
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            String type = Json.text(attachment, "type");
            if ("location".equals(type)) {
                social.meta("location.latitude", Json.text(attachment, "payload.coordinates.lat"))
                        .meta("location.longitude", Json.text(attachment, "payload.coordinates.long"))
                        .text("Shared a location: " + Json.text(attachment, "payload.coordinates.lat") + ", "
                                + Json.text(attachment, "payload.coordinates.long"));
                continue;
            }
            if ("story_mention".equals(type)) {
                social.flag(MessageFlag.PUBLIC_POST).text("Mentioned us in their story.");
            }
            if ("fallback".equals(type)) {
                social.text(Json.text(attachment, "title"), Json.text(attachment, "payload.url"));
            }
            social.attachment(Attachments.of(social.provider(), Json.text(attachment, "payload.title"), null, null,
                    Json.text(attachment, "payload.url"), Json.text(attachment, "payload.sticker_id")))
                    .meta("attachments." + i + ".type", type);
        }
        referral(social, message.path("referral"));
    }

    private static void referral(SocialMessage social, JsonNode referral) {
        if (referral == null || !referral.isObject()) {
            return;
        }
        social.meta("referral.source", Json.text(referral, "source"))
                .meta("referral.type", Json.text(referral, "type"))
                .meta("referral.ref", Json.text(referral, "ref"))
                .meta("referral.adId", Json.text(referral, "ad_id"))
                .meta("referral.headline", Json.text(referral, "ads_context_data.ad_title"))
                .meta("referral.sourceUrl", Json.text(referral, "referer_uri"));
    }

    private static String describe(JsonNode referral) {
        String source = Json.text(referral, "source") == null ? "a link" : Json.text(referral, "source");
        String ref = Json.text(referral, "ref");
        String ad = Json.text(referral, "ad_id");
        return source + (ad != null ? " (ad " + ad + ")" : "") + (ref != null ? " (ref " + ref + ")" : "");
    }
}
