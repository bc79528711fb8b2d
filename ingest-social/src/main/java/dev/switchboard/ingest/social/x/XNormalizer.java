package dev.switchboard.ingest.social.x;

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
 * An Account Activity event body for the subscribed account ({@code for_user_id}). Direct messages go to
 * {@code social:x:<account>:<sender id>}; posts that mention or reply to the account ({@code tweet_create_events})
 * are flagged {@code PUBLIC_POST} and go to {@code social:x:<account>:public:<author id>}, because the answer to a
 * public post is public. The account's own messages and posts come back as events too and are skipped.
 */
@ApplicationScoped
public class XNormalizer {

    static final String PROVIDER = "x";
    private static final List<String> IGNORED = List.of("favorite_events", "follow_events", "unfollow_events",
            "block_events", "unblock_events", "mute_events", "unmute_events", "tweet_delete_events",
            "direct_message_indicate_typing_events", "direct_message_mark_read_events", "user_event");

    private final Metadata metadata;
    private final Clock clock;

    public XNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public List<Item> normalize(JsonNode body) {
        String account = Json.text(body, "for_user_id");
        List<Item> items = new ArrayList<>();
        List<JsonNode> messages = Json.array(body, "direct_message_events");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode event = messages.get(i);
            String ref = "direct_message_events[" + i + "]";
            items.addAll(Item.one(ref, () -> directMessage(account, event, body.path("users"), ref)));
        }
        List<JsonNode> posts = Json.array(body, "tweet_create_events");
        for (int i = 0; i < posts.size(); i++) {
            JsonNode post = posts.get(i);
            String ref = "tweet_create_events[" + i + "]";
            items.addAll(Item.one(ref, () -> post(account, post, ref)));
        }
        body.fieldNames().forEachRemaining(field -> {
            if (IGNORED.contains(field)) {
                items.add(Item.skip(field, "ignored: " + field));
            } else if (field.endsWith("_events") && !field.equals("direct_message_events")
                    && !field.equals("tweet_create_events")) {
                items.add(Item.skip(field, "unknown-event: " + field));
            }
        });
        if (items.isEmpty()) {
            items.add(Item.skip("body", "unknown-event: no events"));
        }
        return items;
    }

    private Item directMessage(String account, JsonNode event, JsonNode users, String ref) {
        if (!"message_create".equals(Json.text(event, "type"))) {
            return Item.skip(ref, "unknown-event: " + Json.text(event, "type"));
        }
        JsonNode create = event.path("message_create");
        String sender = require(Json.text(create, "sender_id"), "message_create.sender_id");
        String recipient = Json.text(create, "target.recipient_id");
        String business = account != null ? account : recipient;
        if (sender.equals(business)) {
            return Item.skip(ref, "echo: sent by the account");
        }
        JsonNode user = users.path(sender);
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(Json.text(event, "id"))
                .conversation(require(business, "for_user_id"), sender)
                .customer(CustomerIdentity.ofHandle(sender, Json.text(user, "name")))
                .sentAt(Json.epochMillis(Json.text(event, "created_timestamp")))
                .text(Json.text(create, "message_data.text"))
                .meta("x.screenName", Json.text(user, "screen_name"))
                .meta("buttonPayload", Json.text(create, "message_data.quick_reply_response.metadata"));
        JsonNode media = create.path("message_data").path("attachment").path("media");
        if (media.isObject()) {
            social.attachment(Attachments.of(PROVIDER, null, null, null, Json.text(media, "media_url_https"),
                    Json.text(media, "id_str"))).meta("mediaType", Json.text(media, "type"));
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item post(String account, JsonNode post, String ref) {
        String author = require(Json.text(post, "user.id_str"), "user.id_str");
        if (author.equals(account)) {
            return Item.skip(ref, "echo: posted by the account");
        }
        if (post.path("retweeted_status").isObject()) {
            return Item.skip(ref, "ignored: repost");
        }
        JsonNode extended = post.path("extended_tweet");
        String lang = Json.text(post, "lang");
        SocialMessage social = SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(Json.text(post, "id_str"))
                .conversation(require(account, "for_user_id"), "public", author)
                .customer(CustomerIdentity.ofHandle(author, Json.text(post, "user.name")))
                .flag(MessageFlag.PUBLIC_POST)
                .sentAt(Json.epochMillis(Json.text(post, "timestamp_ms")))
                .text(Json.text(extended, "full_text"), Json.text(post, "text"))
                .languageHint("und".equals(lang) ? null : lang)
                .meta("x.screenName", Json.text(post, "user.screen_name"))
                .meta("replyTo", Json.text(post, "in_reply_to_status_id_str"))
                .meta("x.quotedPostId", Json.text(post, "quoted_status_id_str"))
                .meta("permalink", "https://x.com/" + Json.text(post, "user.screen_name") + "/status/"
                        + Json.text(post, "id_str"));
        JsonNode entities = extended.isObject() ? extended.path("extended_entities") : post.path("extended_entities");
        for (JsonNode media : Json.array(entities, "media")) {
            social.attachment(Attachments.of(PROVIDER, null, null, null, Json.text(media, "media_url_https"),
                    Json.text(media, "id_str")));
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private static String require(String value, String field) {
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }
}
