package dev.switchboard.ingest.social.slack;

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
import dev.switchboard.servicekit.ProblemException;

/**
 * One Slack {@code event_callback}. Messages from people (direct messages, and channel messages the app is
 * subscribed to), mentions of the app, edits, deletions and reactions are published; the conversation is the DM
 * ({@code social:slack:<team>:<channel>}) or, in a channel, the thread ({@code ...:<channel>:<thread ts>}). Bot
 * messages (including our own replies) and other subtypes are acknowledged and counted. The provider message id
 * is Slack's {@code event_id}, which a retry keeps.
 */
@ApplicationScoped
public class SlackNormalizer {

    static final String PROVIDER = "slack";
    private static final List<String> MESSAGE_SUBTYPES = List.of("", "file_share", "thread_broadcast", "me_message");

    private final Metadata metadata;
    private final Clock clock;

    public SlackNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public Item normalize(JsonNode body, String retryNum) {
        String ref = "event";
        JsonNode event = body.path("event");
        String type = Json.text(event, "type");
        if ("reaction_added".equals(type) || "reaction_removed".equals(type)) {
            return reaction(body, event, type, retryNum, ref);
        }
        if (!"message".equals(type) && !"app_mention".equals(type)) {
            return Item.skip(ref, "unknown-event: " + type);
        }
        String subtype = Json.text(event, "subtype") == null ? "" : Json.text(event, "subtype");
        JsonNode message = "message_changed".equals(subtype) ? event.path("message") : event;
        if (Json.text(message, "bot_id") != null || "bot_message".equals(subtype)) {
            return Item.skip(ref, "echo: bot message");
        }
        if (!MESSAGE_SUBTYPES.contains(subtype) && !"message_changed".equals(subtype)
                && !"message_deleted".equals(subtype)) {
            return Item.skip(ref, "ignored: message subtype " + subtype);
        }
        String channel = require(Json.text(event, "channel"), "event.channel");
        String ts = Json.text(message, "ts");
        String thread = Json.text(message, "thread_ts") != null ? Json.text(message, "thread_ts") : ts;
        String user = Json.text(message, "user");
        SocialMessage social = start(body, retryNum)
                .conversation(team(body, event), conversationThread(event, channel, thread))
                .customer(user == null ? null : CustomerIdentity.ofHandle(user, null))
                .sentAt(Json.epochSeconds(ts))
                .text(Json.text(message, "text"))
                .meta("slack.channel", channel)
                .meta("slack.channelType", Json.text(event, "channel_type"))
                .meta("slack.ts", ts)
                .meta("replyTo", thread != null && !thread.equals(ts) ? thread : null);
        if ("message_changed".equals(subtype)) {
            social.meta("edited", "true").meta("originalMessageId", ts);
        } else if ("message_deleted".equals(subtype)) {
            social.flag(MessageFlag.STATUS_UPDATE).text("The customer deleted a message.")
                    .meta("deletedMessageId", Json.text(event, "deleted_ts"));
        }
        List<JsonNode> files = Json.array(message, "files");
        for (JsonNode file : files) {
            String url = Json.text(file, "url_private_download") != null ? Json.text(file, "url_private_download")
                    : Json.text(file, "url_private");
            social.attachment(Attachments.of(PROVIDER, Json.text(file, "name"), Json.text(file, "mimetype"),
                    Json.number(file, "size"), url, Json.text(file, "id")));
        }
        return Item.publish(ref, social.build(clock.instant()));
    }

    private Item reaction(JsonNode body, JsonNode event, String type, String retryNum, String ref) {
        String channel = require(Json.text(event, "item.channel"), "event.item.channel");
        String reaction = Json.text(event, "reaction");
        boolean added = "reaction_added".equals(type);
        SocialMessage social = start(body, retryNum)
                .conversation(team(body, event), channel)
                .customer(Json.text(event, "user") == null ? null
                        : CustomerIdentity.ofHandle(Json.text(event, "user"), null))
                .sentAt(Json.epochSeconds(Json.text(event, "event_ts") != null ? Json.text(event, "event_ts")
                        : Json.text(body, "event_time")))
                .text(added ? "Reacted :" + reaction + ":." : "Removed the reaction :" + reaction + ":.")
                .meta("reaction", added ? reaction : "(removed) " + reaction)
                .meta("replyTo", Json.text(event, "item.ts"))
                .meta("slack.channel", channel);
        return Item.publish(ref, social.build(clock.instant()));
    }

    private SocialMessage start(JsonNode body, String retryNum) {
        return SocialMessage.of(PROVIDER, metadata)
                .providerMessageId(Json.text(body, "event_id"))
                .meta("slack.eventType", Json.text(body, "event.type"))
                .meta("redelivery", retryNum == null ? null : "true")
                .meta("slack.retryNum", retryNum);
    }

    private static String team(JsonNode body, JsonNode event) {
        String team = Json.text(body, "team_id") != null ? Json.text(body, "team_id") : Json.text(event, "team");
        return require(team, "team_id");
    }

    /** A DM is one conversation; in channels each thread is one. */
    private static String[] conversationThread(JsonNode event, String channel, String thread) {
        String channelType = Json.text(event, "channel_type");
        boolean direct = "im".equals(channelType) || (channelType == null && channel.startsWith("D"));
        return direct || thread == null ? new String[] { channel } : new String[] { channel, thread };
    }

    private static String require(String value, String field) {
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        return value;
    }
}
