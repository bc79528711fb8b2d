package dev.switchboard.contracts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something the router sends one agent, published to {@link Topics#DELIVERIES} keyed by agent id.
 * The agent gateway holding that agent's socket passes it on as a frame.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Delivery.Offer.class, name = "offer"),
        @JsonSubTypes.Type(value = Delivery.Assigned.class, name = "assigned"),
        @JsonSubTypes.Type(value = Delivery.FollowUp.class, name = "message"),
        @JsonSubTypes.Type(value = Delivery.Revoked.class, name = "revoked") })
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Delivery {

    int SCHEMA_VERSION = 1;

    /** Unique per delivery; a gateway never pushes the same id twice to a socket. */
    String id();

    int schemaVersion();

    String agentId();

    String conversationId();

    Instant createdAt();

    /** The customer as an agent sees them in a preview. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CustomerSummary(String customerId, String displayName, String address) {
    }

    /**
     * An invitation to take a conversation, open until {@code expiresAt}.
     *
     * @param preview the start of the customer's latest message
     * @param reason  one sentence saying why this agent was chosen
     */
    record Offer(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            String offerId, Channel channel, String provider, CustomerSummary customer, String subject,
            String preview, String language, List<String> skills, int priority, String reason, Instant expiresAt)
            implements Delivery {
        public Offer {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /** The conversation is the agent's now, with its history so far. */
    record Assigned(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            Channel channel, CustomerSummary customer, String subject, String language,
            List<ConversationMessage> history) implements Delivery {
        public Assigned {
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** A new message in a conversation the agent holds. */
    record FollowUp(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            ConversationMessage message) implements Delivery {
    }

    /** An offer or a conversation taken back from the agent (expired, reassigned, agent left). */
    record Revoked(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            String offerId, String reason) implements Delivery {
    }

    /** One message as an agent reads it. {@code from} is CUSTOMER, AGENT or SYSTEM. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationMessage(String messageId, String from, String text, Instant at) {
    }
}
