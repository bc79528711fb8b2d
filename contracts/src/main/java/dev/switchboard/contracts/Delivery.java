package dev.switchboard.contracts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Published by the router to {@link Topics#DELIVERIES} keyed by agent id; the agent gateway holding that agent's
 * socket passes it on as a frame. The descriptions of the accessors below apply to every record.
 */
@JsonClassDescription("Something the router sends one agent; the agent gateway passes it on to the agent's "
        + "socket as it is.")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Delivery.Offer.class, name = "offer"),
        @JsonSubTypes.Type(value = Delivery.Assigned.class, name = "assigned"),
        @JsonSubTypes.Type(value = Delivery.FollowUp.class, name = "message"),
        @JsonSubTypes.Type(value = Delivery.Revoked.class, name = "revoked") })
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Delivery {

    int SCHEMA_VERSION = 1;

    @JsonPropertyDescription("Unique per delivery; a gateway never pushes the same id twice to a socket.")
    String id();

    @JsonPropertyDescription("Version of this record's shape; bumped only by a breaking change.")
    int schemaVersion();

    @JsonPropertyDescription("The agent this is for; also the Kafka record key.")
    String agentId();

    @JsonPropertyDescription("The conversation this is about.")
    String conversationId();

    @JsonPropertyDescription("When the router made it (UTC).")
    Instant createdAt();

    @JsonClassDescription("The customer as an agent sees them in a preview.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CustomerSummary(
            @JsonPropertyDescription("The router's id for the customer.") String customerId,
            @JsonPropertyDescription("The name the customer goes by.") String displayName,
            @JsonPropertyDescription("Email address, phone number or handle the customer wrote from.") String address) {
    }

    @JsonClassDescription("An invitation to take a conversation, open until expiresAt.")
    record Offer(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            @JsonPropertyDescription("Names this offer in the agent's accept or decline.") String offerId,
            @JsonPropertyDescription("The channel the customer wrote on.") Channel channel,
            @JsonPropertyDescription("The service that carried it (webchat, twilio, ...).") String provider,
            @JsonPropertyDescription("Who is waiting.") CustomerSummary customer,
            @JsonPropertyDescription("Subject line, when the channel has one.") String subject,
            @JsonPropertyDescription("The start of the customer's latest message.") String preview,
            @JsonPropertyDescription("BCP 47 tag of the conversation's language.") String language,
            @JsonPropertyDescription("Skills the conversation needs.") List<String> skills,
            @JsonPropertyDescription("Higher is more urgent.") int priority,
            @JsonPropertyDescription("One sentence saying why this agent was chosen.") String reason,
            @JsonPropertyDescription("When the offer lapses if the agent has not answered (UTC).") Instant expiresAt)
            implements Delivery {
        public Offer {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    @JsonClassDescription("The conversation is the agent's now, with its history so far.")
    record Assigned(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            @JsonPropertyDescription("The channel the customer wrote on.") Channel channel,
            @JsonPropertyDescription("Who the agent is talking to.") CustomerSummary customer,
            @JsonPropertyDescription("Subject line, when the channel has one.") String subject,
            @JsonPropertyDescription("BCP 47 tag of the conversation's language.") String language,
            @JsonPropertyDescription("The messages so far, oldest first.") List<ConversationMessage> history)
            implements Delivery {
        public Assigned {
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    @JsonClassDescription("A new message in a conversation the agent holds.")
    record FollowUp(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            @JsonPropertyDescription("The new message.") ConversationMessage message) implements Delivery {
    }

    @JsonClassDescription("An offer or a conversation taken back from the agent (expired, reassigned, agent left).")
    record Revoked(String id, int schemaVersion, String agentId, String conversationId, Instant createdAt,
            @JsonPropertyDescription("The offer taken back; absent when a held conversation is.") String offerId,
            @JsonPropertyDescription("Why, e.g. expired, reassigned, agent-offline.") String reason)
            implements Delivery {
    }

    @JsonClassDescription("One message as an agent reads it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationMessage(
            @JsonPropertyDescription("The router's id for the message.") String messageId,
            @JsonPropertyDescription("Who wrote it: CUSTOMER, AGENT or SYSTEM.") String from,
            @JsonPropertyDescription("The message, plain text in Unicode NFC.") String text,
            @JsonPropertyDescription("When it was written (UTC).") Instant at) {
    }
}
