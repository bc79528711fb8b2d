package dev.switchboard.router.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.router.domain.ConversationRecord;
import dev.switchboard.router.domain.OfferStatus;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.OfferEntity;

/** A conversation with its customer, messages and the offers made for it (each with why). */
public record ConversationView(
        ConversationSummary conversation,
        CustomerView customer,
        List<MessageView> messages,
        List<OfferView> offers) {

    public record CustomerView(UUID id, String displayName, String email, String phone, String handle,
            String locale, String timeZone, String country) {
    }

    public record MessageView(UUID id, String providerMessageId, String text, Instant receivedAt) {
    }

    public record OfferView(UUID id, String agentId, OfferStatus status, String reason, Instant createdAt,
            Instant expiresAt, Instant decidedAt) {
    }

    static ConversationView of(ConversationRecord record) {
        return new ConversationView(ConversationSummary.of(record.conversation()), customer(record.customer()),
                record.messages().stream().map(ConversationView::message).toList(),
                record.offers().stream().map(ConversationView::offer).toList());
    }

    private static CustomerView customer(CustomerEntity c) {
        return c == null ? null
                : new CustomerView(c.id, c.displayName, c.email, c.phone, c.handle, c.locale, c.timeZone, c.country);
    }

    private static MessageView message(MessageEntity m) {
        return new MessageView(m.id, m.providerMessageId, m.text, m.receivedAt);
    }

    private static OfferView offer(OfferEntity o) {
        return new OfferView(o.id, o.agentId, o.status, o.reason, o.createdAt, o.expiresAt, o.decidedAt);
    }
}
