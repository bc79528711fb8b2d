package dev.switchboard.ingest.social.meta;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.SocialMessage;

/**
 * Public comments and mentions: a Facebook Page {@code feed} change, an Instagram {@code comments} or
 * {@code mentions} change. They are flagged {@code PUBLIC_POST} so routing can send them to social care; the
 * conversation is the post they belong to, since the answer goes on that post.
 */
@ApplicationScoped
public class PublicPostNormalizer {

    private final Metadata metadata;
    private final Clock clock;

    public PublicPostNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public Item normalize(String provider, String account, String field, JsonNode value, String ref) {
        return switch (field) {
            case "feed" -> feed(provider, account, value, ref);
            case "comments", "live_comments" -> instagramComment(provider, account, value, ref);
            case "mentions" -> instagramMention(provider, account, value, ref);
            default -> Item.skip(ref, "unknown-event: field " + field);
        };
    }

    private Item feed(String provider, String page, JsonNode value, String ref) {
        String item = Json.text(value, "item");
        String verb = Json.text(value, "verb");
        if (!("comment".equals(item) || "post".equals(item) || "status".equals(item) || "photo".equals(item))) {
            return Item.skip(ref, "unknown-event: feed item " + item);
        }
        if (!("add".equals(verb) || "edited".equals(verb))) {
            return Item.skip(ref, "ignored: feed " + item + " " + verb);
        }
        String from = WhatsAppNormalizer.require(Json.text(value, "from.id"), "from.id");
        if (from.equals(page)) {
            return Item.skip(ref, "echo: our own post");
        }
        String id = "comment".equals(item) ? Json.text(value, "comment_id") : Json.text(value, "post_id");
        String post = WhatsAppNormalizer.require(Json.text(value, "post_id"), "post_id");
        Long created = Json.number(value, "created_time");
        SocialMessage social = SocialMessage.of(provider, metadata)
                .providerMessageId(id + ("edited".equals(verb) ? ":edited:" + created : ""))
                .conversation(page, "post", post)
                .customer(CustomerIdentity.ofHandle(from, Json.text(value, "from.name")))
                .flag(MessageFlag.PUBLIC_POST)
                .text(Json.text(value, "message"))
                .sentAt(created == null ? null : Instant.ofEpochSecond(created))
                .meta("postId", post)
                .meta("replyTo", "comment".equals(item) ? Json.text(value, "parent_id") : null)
                .meta("edited", "edited".equals(verb) ? "true" : null)
                .meta("messenger.feedItem", item)
                .meta("permalink", Json.text(value, "link"));
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item instagramComment(String provider, String account, JsonNode value, String ref) {
        String from = WhatsAppNormalizer.require(Json.text(value, "from.id"), "from.id");
        if (from.equals(account)) {
            return Item.skip(ref, "echo: our own comment");
        }
        String media = WhatsAppNormalizer.require(Json.text(value, "media.id"), "media.id");
        SocialMessage social = SocialMessage.of(provider, metadata)
                .providerMessageId(Json.text(value, "id"))
                .conversation(account, "media", media)
                .customer(CustomerIdentity.ofHandle(from, Json.text(value, "from.username")))
                .flag(MessageFlag.PUBLIC_POST)
                .text(Json.text(value, "text"))
                .meta("postId", media)
                .meta("replyTo", Json.text(value, "parent_id"))
                .meta("instagram.mediaProductType", Json.text(value, "media.media_product_type"));
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item instagramMention(String provider, String account, JsonNode value, String ref) {
        String media = WhatsAppNormalizer.require(Json.text(value, "media_id"), "media_id");
        String comment = Json.text(value, "comment_id");
        SocialMessage social = SocialMessage.of(provider, metadata)
                .providerMessageId("mention:" + media + (comment == null ? "" : ":" + comment))
                .conversation(account, "media", media)
                .flag(MessageFlag.PUBLIC_POST)
                .text(comment == null ? "Mentioned us in a post." : "Mentioned us in a comment.")
                .meta("postId", media)
                .meta("commentId", comment);
        return Item.publish(ref, social.build(clock.instant()));
    }
}
