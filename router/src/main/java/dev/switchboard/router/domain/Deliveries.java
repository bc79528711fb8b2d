package dev.switchboard.router.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.OfferEntity;

/**
 * Maps what the router stored to what an agent is sent. Delivery ids and times derive from what they announce
 * (the offer's id, the accepted offer's id and decision time), so the live delivery and the copy an agent is sent
 * again on reconnecting ({@link WorkInProgress}) are the same record, and the gateway can drop the second.
 */
final class Deliveries {

    static final int PREVIEW_LENGTH = 200;

    private Deliveries() {
    }

    /** Delivery id: the offer's own id. */
    static Delivery.Offer offer(OfferEntity offer, ConversationEntity conversation, CustomerEntity customer,
            MessageEntity latest) {
        return new Delivery.Offer(offer.id.toString(), Delivery.SCHEMA_VERSION, offer.agentId,
                conversation.id.toString(), offer.createdAt, offer.id.toString(), conversation.channel,
                conversation.provider, summary(customer), conversation.subject,
                latest == null ? null : preview(latest.text), conversation.language,
                conversation.skills.keySet().stream().sorted().toList(), conversation.priority, offer.reason,
                offer.expiresAt);
    }

    /** Delivery id: derived from the accepted offer's id; created when the offer was accepted. */
    static Delivery.Assigned assigned(OfferEntity accepted, ConversationEntity conversation, CustomerEntity customer,
            List<MessageEntity> history) {
        return new Delivery.Assigned(derivedId("assigned", accepted.id).toString(), Delivery.SCHEMA_VERSION, accepted.agentId,
                conversation.id.toString(), accepted.decidedAt, conversation.channel, summary(customer),
                conversation.subject, conversation.language, history.stream().map(Deliveries::message).toList());
    }

    /** An offer taken back; delivery id derived from the offer's id. */
    static Delivery.Revoked revokedOffer(OfferEntity offer) {
        return new Delivery.Revoked(derivedId("revoked", offer.id).toString(), Delivery.SCHEMA_VERSION, offer.agentId,
                offer.conversationId.toString(), offer.decidedAt, offer.id.toString(), offer.endedReason);
    }

    /** A held conversation taken back; delivery id derived from the offer that made the agent its holder. */
    static Delivery.Revoked revokedAssignment(OfferEntity accepted, Instant at) {
        return new Delivery.Revoked(derivedId("revoked-assignment", accepted.id).toString(), Delivery.SCHEMA_VERSION,
                accepted.agentId, accepted.conversationId.toString(), at, null, accepted.endedReason);
    }

    static Delivery.FollowUp followUp(ConversationEntity conversation, MessageEntity message,
            Instant now) {
        return new Delivery.FollowUp(derivedId("message", message.id).toString(), Delivery.SCHEMA_VERSION,
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

    static UUID derivedId(String kind, UUID source) {
        return UUID.nameUUIDFromBytes((kind + ':' + source).getBytes(StandardCharsets.UTF_8));
    }

    static UUID derivedId(String kind, String source) {
        return UUID.nameUUIDFromBytes((kind + ':' + source).getBytes(StandardCharsets.UTF_8));
    }

    private static Delivery.CustomerSummary summary(CustomerEntity customer) {
        return new Delivery.CustomerSummary(customer.id.toString(), customer.displayName, customer.address());
    }

    private static Delivery.ConversationMessage message(MessageEntity message) {
        return new Delivery.ConversationMessage(message.id.toString(), message.author.name(), message.text,
                message.receivedAt);
    }
}
