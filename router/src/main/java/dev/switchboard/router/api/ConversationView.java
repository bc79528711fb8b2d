package dev.switchboard.router.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import dev.switchboard.router.domain.ConversationRecord;
import dev.switchboard.router.domain.MessageAuthor;
import dev.switchboard.router.domain.OfferStatus;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.OfferEntity;

/**
 * A conversation with its customer, messages, the offers made for it (its assignment history, each with why) and
 * the routing explanation exactly as the matcher stored it (JSON), when there is one.
 */
public record ConversationView(
        ConversationSummary conversation,
        CustomerView customer,
        List<MessageView> messages,
        List<OfferView> offers,
        @JsonRawValue String explanation) {

    public record CustomerView(UUID id, String displayName, String email, String phone, String handle,
            String locale, String timeZone, String country, String language, String tier, String lastAgentId) {
    }

    public record MessageView(UUID id, String providerMessageId, MessageAuthor author, String agentId, String text,
            Instant receivedAt) {
    }

    public record OfferView(UUID id, String agentId, OfferStatus status, String reason, Instant createdAt,
            Instant expiresAt, Instant decidedAt) {
    }

    static ConversationView of(ConversationRecord record) {
        return new ConversationView(ConversationSummary.of(record.conversation()), customer(record.customer()),
                record.messages().stream().map(ConversationView::message).toList(),
                record.offers().stream().map(ConversationView::offer).toList(), record.explanation());
    }

    private static CustomerView customer(CustomerEntity c) {
        return c == null ? null
                : new CustomerView(c.id, c.displayName, c.email, c.phone, c.handle, c.locale, c.timeZone, c.country,
                        c.language, c.tier, c.lastAgentId);
    }

    private static MessageView message(MessageEntity m) {
        return new MessageView(m.id, m.providerMessageId, m.author, m.agentId, m.text, m.receivedAt);
    }

    private static OfferView offer(OfferEntity o) {
        return new OfferView(o.id, o.agentId, o.status, o.reason, o.createdAt, o.expiresAt, o.decidedAt);
    }
}
