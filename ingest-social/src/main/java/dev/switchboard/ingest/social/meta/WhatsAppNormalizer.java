package dev.switchboard.ingest.social.meta;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.PhoneNumbers;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;
import dev.switchboard.servicekit.ProblemException;

/**
 * One WhatsApp Cloud API {@code changes[].value}: each customer message becomes a message in the conversation
 * {@code social:whatsapp:<phone_number_id>:<wa_id>}; each status of a message we sent (sent, delivered, read,
 * failed) becomes a {@code STATUS_UPDATE} record in the same conversation, so the router can show delivery state
 * without offering it to an agent; a finished WhatsApp call becomes a call record like ingest-phone's.
 */
@ApplicationScoped
public class WhatsAppNormalizer {

    static final String PROVIDER = "whatsapp";

    private final Metadata metadata;
    private final Clock clock;

    public WhatsAppNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public List<Item> normalize(JsonNode value, String ref) {
        String account = Json.text(value, "metadata.phone_number_id");
        if (account == null) {
            return List.of(Item.skip(ref, "malformed: metadata.phone_number_id is required"));
        }
        Map<String, String> names = profileNames(value);
        String valueError = error(Json.array(value, "errors"));
        List<Item> items = new ArrayList<>();
        List<JsonNode> messages = Json.array(value, "messages");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            items.addAll(Item.publishing(ref + ".messages[" + i + "]",
                    () -> message(account, message, names, valueError).build(clock.instant())));
        }
        List<JsonNode> statuses = Json.array(value, "statuses");
        for (int i = 0; i < statuses.size(); i++) {
            JsonNode status = statuses.get(i);
            items.addAll(Item.publishing(ref + ".statuses[" + i + "]", () -> status(account, status, names)));
        }
        List<JsonNode> calls = Json.array(value, "calls");
        for (int i = 0; i < calls.size(); i++) {
            String callRef = ref + ".calls[" + i + "]";
            JsonNode call = calls.get(i);
            items.addAll(Item.one(callRef, () -> call(callRef, account, call, names, valueError)));
        }
        if (items.isEmpty()) {
            items.add(Item.skip(ref, "unknown-event: no messages, statuses or calls"));
        }
        return items;
    }

    private SocialMessage message(String account, JsonNode message, Map<String, String> names, String valueError) {
        String from = Json.text(message, "from");
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(Json.text(message, "id"))
                .conversation(account, require(from, "from"))
                .customer(customer(from, names.get(from)))
                .sentAt(Json.epochSeconds(Json.text(message, "timestamp")))
                .meta("whatsapp.type", Json.text(message, "type"))
                .meta("whatsapp.error", firstNonNull(error(Json.array(message, "errors")), valueError));
        context(social, message.path("context"));
        referral(social, message.path("referral"));
        WhatsAppContent.read(social, message);
        return social;
    }

    private InboundMessage status(String account, JsonNode status, Map<String, String> names) {
        String recipient = require(Json.text(status, "recipient_id"), "recipient_id");
        String state = require(Json.text(status, "status"), "status").toLowerCase(Locale.ROOT);
        String of = Json.text(status, "type") == null ? "message" : Json.text(status, "type");
        String id = require(Json.text(status, "id"), "id");
        return SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(id + ":" + state)
                .conversation(account, recipient)
                .customer(customer(recipient, names.get(recipient)))
                .flag(MessageFlag.STATUS_UPDATE)
                .text("Our " + of + " " + id + " is " + state + ".")
                .sentAt(Json.epochSeconds(Json.text(status, "timestamp")))
                .meta("status", state)
                .meta("statusOf", of)
                .meta("messageId", id)
                .meta("recipientType", Json.text(status, "recipient_type"))
                .meta("whatsapp.conversationId", Json.text(status, "conversation.id"))
                .meta("whatsapp.pricingCategory", Json.text(status, "pricing.category"))
                .meta("whatsapp.bizOpaqueCallbackData", Json.text(status, "biz_opaque_callback_data"))
                .meta("whatsapp.error", error(Json.array(status, "errors")))
                .build(clock.instant());
    }

    private Item call(String ref, String account, JsonNode call, Map<String, String> names, String valueError) {
        String event = Json.text(call, "event");
        if ("connect".equals(event)) {
            return Item.skip(ref, "call-in-progress: connect");
        }
        if (!"terminate".equals(event)) {
            return Item.skip(ref, "unknown-event: call " + event);
        }
        boolean userInitiated = "USER_INITIATED".equalsIgnoreCase(Json.text(call, "direction"));
        String customer = require(Json.text(call, userInitiated ? "from" : "to"), userInitiated ? "from" : "to");
        String status = Json.text(call, "status") == null ? "UNKNOWN" : Json.text(call, "status");
        Long duration = Json.number(call, "duration");
        boolean answered = "COMPLETED".equalsIgnoreCase(status) && duration != null && duration > 0;
        CustomerIdentity identity = customer(customer, names.get(customer));
        String who = identity.phone() == null ? customer : identity.phone();
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(require(Json.text(call, "id"), "id") + ":terminate")
                .conversation(account, customer)
                .customer(identity)
                .sentAt(Json.epochSeconds(Json.text(call, "timestamp")))
                .meta("callId", Json.text(call, "id"))
                .meta("direction", userInitiated ? "inbound" : "outbound")
                .meta("callStatus", status)
                .meta("durationSeconds", duration)
                .meta("whatsapp.bizOpaqueCallbackData", Json.text(call, "biz_opaque_callback_data"))
                .meta("whatsapp.error", valueError);
        if (answered) {
            social.flag(MessageFlag.ANSWERED_CALL)
                    .text("WhatsApp call " + (userInitiated ? "from " : "to ") + who + " lasted " + duration + " s.");
        } else {
            social.flag(MessageFlag.MISSED_CALL)
                    .text((userInitiated ? "Missed WhatsApp call from " : "Unanswered WhatsApp call to ") + who
                            + " (" + status.toLowerCase(Locale.ROOT) + ").");
            if (userInitiated) {
                social.flag(MessageFlag.CALLBACK_REQUESTED);
            }
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    static CustomerIdentity customer(String waId, String name) {
        PhoneNumbers.E164 phone = PhoneNumbers.parse("+" + waId, null).orElse(null);
        return new CustomerIdentity(null, phone == null ? null : phone.e164(), waId, name, null, null,
                phone == null ? null : phone.country());
    }

    private static void context(SocialMessage social, JsonNode context) {
        if (Json.isTrue(context, "forwarded") || Json.isTrue(context, "frequently_forwarded")) {
            social.flag(MessageFlag.FORWARDED).meta("forwardedManyTimes",
                    Json.isTrue(context, "frequently_forwarded") ? "true" : null);
        } else {
            social.meta("replyTo", Json.text(context, "id"));
        }
        social.meta("whatsapp.referredProduct", Json.text(context, "referred_product.product_retailer_id"));
    }

    /** Click-to-WhatsApp ads and posts: what the customer clicked, so routing and the agent know the campaign. */
    private static void referral(SocialMessage social, JsonNode referral) {
        if (referral == null || !referral.isObject()) {
            return;
        }
        social.meta("referral.source", Json.text(referral, "source_type"))
                .meta("referral.sourceId", Json.text(referral, "source_id"))
                .meta("referral.sourceUrl", Json.text(referral, "source_url"))
                .meta("referral.headline", Json.text(referral, "headline"))
                .meta("referral.body", Json.text(referral, "body"))
                .meta("referral.mediaType", Json.text(referral, "media_type"))
                .meta("referral.ctwaClid", Json.text(referral, "ctwa_clid"));
    }

    private static Map<String, String> profileNames(JsonNode value) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode contact : Json.array(value, "contacts")) {
            String waId = Json.text(contact, "wa_id");
            if (waId != null) {
                names.put(waId, Json.text(contact, "profile.name"));
            }
        }
        return names;
    }

    static String error(List<JsonNode> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        JsonNode first = errors.get(0);
        String title = Json.text(first, "title") != null ? Json.text(first, "title") : Json.text(first, "message");
        return Json.text(first, "code") + (title == null ? "" : " " + title);
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    static String require(String value, String field) {
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }
}
