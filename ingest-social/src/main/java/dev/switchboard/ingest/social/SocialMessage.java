package dev.switchboard.ingest.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.Text;
import dev.switchboard.servicekit.ProblemException;

/**
 * Builds the canonical message of one social item: channel SOCIAL, the provider, a conversation key
 * {@code social:<provider>:<account>:<thread>} and an id derived from the provider's message id, so a redelivered
 * webhook produces the same id.
 */
public final class SocialMessage {

    private final String provider;
    private final Metadata.Builder metadata;
    private final List<Attachment> attachments = new ArrayList<>();
    private final Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
    private String conversationKey;
    private String providerMessageId;
    private CustomerIdentity customer;
    private String text;
    private String languageHint;
    private Instant sentAt;

    private SocialMessage(String provider, Metadata.Builder metadata) {
        this.provider = provider;
        this.metadata = metadata;
    }

    public static SocialMessage of(String provider, Metadata metadata) {
        return new SocialMessage(provider, metadata.builder());
    }

    /** {@code social:<provider>:<account>:<thread...>}: the business account first, then the customer or thread. */
    public SocialMessage conversation(String account, String... thread) {
        StringBuilder key = new StringBuilder("social:").append(provider).append(':').append(account);
        for (String part : thread) {
            key.append(':').append(part);
        }
        this.conversationKey = key.toString();
        return this;
    }

    public SocialMessage providerMessageId(String id) {
        this.providerMessageId = id;
        return this;
    }

    public SocialMessage customer(CustomerIdentity customer) {
        this.customer = customer;
        return this;
    }

    /**
     * The text the agent reads: the first non-blank of the candidates (message text, caption, a description).
     * The first text set wins, so a message's own words are never replaced by a description of it.
     */
    public SocialMessage text(String... candidates) {
        if (this.text != null) {
            return this;
        }
        for (String candidate : candidates) {
            String normalized = Text.normalizeOrNull(candidate);
            if (normalized != null) {
                this.text = normalized;
                return this;
            }
        }
        return this;
    }

    public SocialMessage languageHint(String tag) {
        this.languageHint = tag == null || tag.isBlank() ? null : tag;
        return this;
    }

    public SocialMessage sentAt(Instant sentAt) {
        this.sentAt = sentAt;
        return this;
    }

    public SocialMessage attachment(Attachment attachment) {
        attachments.add(attachment);
        return this;
    }

    public SocialMessage flag(MessageFlag flag) {
        flags.add(flag);
        return this;
    }

    public SocialMessage meta(String key, Object value) {
        metadata.put(key, value);
        return this;
    }

    public String provider() {
        return provider;
    }

    public String text() {
        return text;
    }

    public InboundMessage build(Instant receivedAt) {
        if (providerMessageId == null || providerMessageId.isBlank()) {
            throw ProblemException.badInput("id", "the item has no message id");
        }
        if (conversationKey == null) {
            throw ProblemException.badInput(null, "the item names no conversation");
        }
        return new InboundMessage(
                MessageIds.canonicalId(Channel.SOCIAL, provider, providerMessageId),
                InboundMessage.SCHEMA_VERSION,
                Channel.SOCIAL,
                provider,
                conversationKey,
                providerMessageId,
                customer,
                null,
                text,
                null,
                null,
                attachments,
                languageHint,
                sentAt == null ? receivedAt : sentAt,
                receivedAt,
                flags,
                metadata.build());
    }
}
