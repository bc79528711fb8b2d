package dev.switchboard.ingest.social.telegram;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;
import dev.switchboard.servicekit.ProblemException;

/**
 * One Telegram Update for one bot. Messages (private, group, forum topic, business, channel posts), edits, inline
 * button presses and reactions are published in {@code social:telegram:<bot>:<chat id>} (a forum topic adds
 * {@code :<thread id>}); membership changes, service messages and other update kinds are acknowledged and counted.
 * Message ids are unique per chat only, so the provider message id is {@code <bot>:<chat id>:<message id>}.
 */
@ApplicationScoped
public class TelegramNormalizer {

    static final String PROVIDER = "telegram";
    private static final List<String> MESSAGES = List.of("message", "edited_message", "channel_post",
            "edited_channel_post", "business_message", "edited_business_message");
    private static final List<String> IGNORED = List.of("my_chat_member", "chat_member", "chat_join_request",
            "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query", "poll", "poll_answer",
            "message_reaction_count", "deleted_business_messages", "business_connection", "chat_boost",
            "removed_chat_boost", "purchased_paid_media");

    private final Metadata metadata;
    private final Clock clock;

    public TelegramNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public Item normalize(String bot, JsonNode update, String ref) {
        String updateId = Json.text(update, "update_id");
        for (String kind : MESSAGES) {
            if (update.path(kind).isObject()) {
                return message(bot, kind, update.path(kind), updateId, ref);
            }
        }
        if (update.path("callback_query").isObject()) {
            return callback(bot, update.path("callback_query"), updateId, ref);
        }
        if (update.path("message_reaction").isObject()) {
            return reaction(bot, update.path("message_reaction"), updateId, ref);
        }
        List<String> fields = new ArrayList<>();
        update.fieldNames().forEachRemaining(fields::add);
        fields.remove("update_id");
        return fields.stream().filter(IGNORED::contains).findFirst()
                .map(kind -> Item.skip(ref, "ignored: " + kind))
                .orElseGet(() -> Item.skip(ref, "unknown-event: " + String.join(",", fields)));
    }

    private Item message(String bot, String kind, JsonNode message, String updateId, String ref) {
        if (Json.isTrue(message, "from.is_bot")) {
            return Item.skip(ref, "echo: sent by a bot");
        }
        String chat = require(Json.text(message, "chat.id"), kind + ".chat.id");
        String messageId = require(Json.text(message, "message_id"), kind + ".message_id");
        boolean edited = kind.startsWith("edited_");
        SocialMessage social = start(bot, message.path("chat"), message.path("from"), message)
                .providerMessageId(bot + ":" + chat + ":" + messageId
                        + (edited ? ":edited:" + Json.text(message, "edit_date") : ""))
                .sentAt(Json.epochSeconds(Json.text(message, edited ? "edit_date" : "date")))
                .meta("telegram.update", kind)
                .meta("telegram.updateId", updateId)
                .meta("telegram.messageId", messageId)
                .meta("telegram.businessConnectionId", Json.text(message, "business_connection_id"))
                .meta("replyTo", Json.text(message, "reply_to_message.message_id"))
                .meta("edited", edited ? "true" : null);
        if (kind.contains("channel_post")) {
            social.flag(MessageFlag.PUBLIC_POST);
        }
        JsonNode origin = message.path("forward_origin");
        if (origin.isObject() || message.has("forward_date")) {
            social.flag(MessageFlag.FORWARDED).meta("forwardedFrom", Stream.of(
                    Json.text(origin, "sender_user.username"), Json.text(origin, "sender_user_name"),
                    Json.text(origin, "chat.title"), Json.text(message, "forward_from.username"))
                    .filter(name -> name != null).findFirst().orElse(Json.text(origin, "type")));
        }
        if (!TelegramContent.read(social, message)) {
            return Item.skip(ref, "ignored: service message");
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item callback(String bot, JsonNode query, String updateId, String ref) {
        JsonNode message = query.path("message");
        String data = Json.text(query, "data");
        String label = null;
        for (JsonNode row : Json.array(message, "reply_markup.inline_keyboard")) {
            for (JsonNode button : row) {
                if (data != null && data.equals(Json.text(button, "callback_data"))) {
                    label = Json.text(button, "text");
                }
            }
        }
        SocialMessage social = start(bot, message.path("chat"), query.path("from"), message)
                .providerMessageId(bot + ":callback:" + require(Json.text(query, "id"), "callback_query.id"))
                .text(label, data, Json.text(query, "game_short_name"))
                .meta("buttonPayload", data)
                .meta("replyTo", Json.text(message, "message_id"))
                .meta("telegram.update", "callback_query")
                .meta("telegram.updateId", updateId);
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item reaction(String bot, JsonNode reaction, String updateId, String ref) {
        String chat = require(Json.text(reaction, "chat.id"), "message_reaction.chat.id");
        String messageId = require(Json.text(reaction, "message_id"), "message_reaction.message_id");
        List<String> emoji = Json.array(reaction, "new_reaction").stream()
                .map(r -> Json.text(r, "emoji") != null ? Json.text(r, "emoji") : "(custom emoji)").toList();
        JsonNode user = reaction.path("user").isObject() ? reaction.path("user") : reaction.path("actor_chat");
        SocialMessage social = start(bot, reaction.path("chat"), user, reaction)
                .providerMessageId(bot + ":" + chat + ":" + messageId + ":reaction:" + updateId)
                .sentAt(Json.epochSeconds(Json.text(reaction, "date")))
                .text(emoji.isEmpty() ? "Removed a reaction." : "Reacted " + String.join(" ", emoji) + ".")
                .meta("reaction", emoji.isEmpty() ? "(removed)" : String.join(" ", emoji))
                .meta("replyTo", messageId)
                .meta("telegram.update", "message_reaction")
                .meta("telegram.updateId", updateId);
        return Item.publish(ref, social.build(clock.instant()));
    }

    /** The conversation (chat, and topic in a forum) and the customer (the sender, else the chat itself). */
    private SocialMessage start(String bot, JsonNode chat, JsonNode from, JsonNode message) {
        String chatId = require(Json.text(chat, "id"), "chat.id");
        String thread = Json.isTrue(message, "is_topic_message") ? Json.text(message, "message_thread_id") : null;
        JsonNode person = from.isObject() ? from : chat;
        String name = Stream.of(Json.text(person, "first_name"), Json.text(person, "last_name"))
                .filter(part -> part != null).reduce((a, b) -> a + " " + b)
                .orElse(Json.text(person, "title"));
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .customer(CustomerIdentity.ofHandle(Json.text(person, "id"), name))
                .languageHint(Json.text(from, "language_code"))
                .meta("telegram.username", Json.text(person, "username"))
                .meta("telegram.chatType", Json.text(chat, "type"));
        return thread == null ? social.conversation(bot, chatId) : social.conversation(bot, chatId, thread);
    }

    private static String require(String value, String field) {
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }
}
