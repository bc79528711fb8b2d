package dev.switchboard.router.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.OfferEntity;

/** Maps what the router stored to what an agent is sent. Delivery ids derive from what they announce. */
final class Deliveries {

    static final int PREVIEW_LENGTH = 200;
    private static final String CUSTOMER = "CUSTOMER";

    private Deliveries() {
    }

    static Delivery.Offer offer(OfferEntity offer, ConversationEntity conversation, CustomerEntity customer,
            MessageEntity latest) {
        return new Delivery.Offer(offer.id.toString(), Delivery.SCHEMA_VERSION, offer.agentId,
                conversation.id.toString(), offer.createdAt, offer.id.toString(), conversation.channel,
                conversation.provider, summary(customer), conversation.subject,
                latest == null ? null : preview(latest.text), conversation.language, List.of(), 0, offer.reason,
                offer.expiresAt);
    }

    static Delivery.Assigned assigned(OfferEntity offer, ConversationEntity conversation, CustomerEntity customer,
            List<MessageEntity> history, Instant now) {
        return new Delivery.Assigned(derivedId("assigned", offer.id), Delivery.SCHEMA_VERSION, offer.agentId,
                conversation.id.toString(), now, conversation.channel, summary(customer), conversation.subject,
                conversation.language, history.stream().map(Deliveries::message).toList());
    }

    static Delivery.FollowUp followUp(ConversationEntity conversation, MessageEntity message, Instant now) {
        return new Delivery.FollowUp(derivedId("message", message.id), Delivery.SCHEMA_VERSION,
                conversation.assignedAgentId, conversation.id.toString(), now, message(message));
    }

    /** The first {@value #PREVIEW_LENGTH} characters, never splitting a surrogate pair. */
    static String preview(String text) {
        if (text == null || text.length() <= PREVIEW_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(PREVIEW_LENGTH - 1)) ? PREVIEW_LENGTH - 1 : PREVIEW_LENGTH;
        return text.substring(0, end);
    }

    private static Delivery.CustomerSummary summary(CustomerEntity customer) {
        return new Delivery.CustomerSummary(customer.id.toString(), customer.displayName, customer.address());
    }

    private static Delivery.ConversationMessage message(MessageEntity message) {
        return new Delivery.ConversationMessage(message.id.toString(), CUSTOMER, message.text, message.receivedAt);
    }

    private static String derivedId(String kind, UUID source) {
        return UUID.nameUUIDFromBytes((kind + ':' + source).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
