package dev.switchboard.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What an agent did, published by the agent gateway to {@link Topics#AGENT_EVENTS}, keyed by agent id.
 * The JSON carries a {@code type} naming the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AgentEvent.PresenceChanged.class, name = "presence"),
        @JsonSubTypes.Type(value = AgentEvent.OfferAccepted.class, name = "accept"),
        @JsonSubTypes.Type(value = AgentEvent.OfferDeclined.class, name = "decline"),
        @JsonSubTypes.Type(value = AgentEvent.ReplySent.class, name = "reply"),
        @JsonSubTypes.Type(value = AgentEvent.ConversationClosed.class, name = "close"),
        @JsonSubTypes.Type(value = AgentEvent.TransferRequested.class, name = "transfer") })
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AgentEvent {

    int SCHEMA_VERSION = 1;

    /** Unique per event; consumers dedupe on it. */
    String id();

    int schemaVersion();

    String agentId();

    Instant occurredAt();

    record PresenceChanged(String id, int schemaVersion, String agentId, Instant occurredAt, Presence presence)
            implements AgentEvent {
    }

    record OfferAccepted(String id, int schemaVersion, String agentId, Instant occurredAt, String offerId,
            String conversationId) implements AgentEvent {
    }

    record OfferDeclined(String id, int schemaVersion, String agentId, Instant occurredAt, String offerId,
            String conversationId, String reason) implements AgentEvent {
    }

    record ReplySent(String id, int schemaVersion, String agentId, Instant occurredAt, String conversationId,
            String text) implements AgentEvent {
    }

    record ConversationClosed(String id, int schemaVersion, String agentId, Instant occurredAt, String conversationId,
            String disposition) implements AgentEvent {
    }

    /** Hands a conversation on, either to a named agent or to whoever has the skill. */
    record TransferRequested(String id, int schemaVersion, String agentId, Instant occurredAt, String conversationId,
            String toAgentId, String toSkill, String note) implements AgentEvent {
    }
}
