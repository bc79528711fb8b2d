package dev.switchboard.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Published by the agent gateway to {@link Topics#AGENT_EVENTS}, keyed by agent id. The JSON carries a {@code type}
 * naming the record. The descriptions of the accessors below apply to every record.
 */
@JsonClassDescription("Something an agent did, as the agent gateway reports it to the router.")
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

    @JsonPropertyDescription("Unique per event; consumers dedupe on it.")
    String id();

    @JsonPropertyDescription("Version of this record's shape; bumped only by a breaking change.")
    int schemaVersion();

    @JsonPropertyDescription("The agent who acted; also the Kafka record key.")
    String agentId();

    @JsonPropertyDescription("When the agent acted (UTC).")
    Instant occurredAt();

    @JsonClassDescription("The agent set their presence.")
    record PresenceChanged(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The agent's presence from now on.") Presence presence)
            implements AgentEvent {
    }

    @JsonClassDescription("The agent took an offered conversation.")
    record OfferAccepted(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The offer accepted.") String offerId,
            @JsonPropertyDescription("The conversation offered.") String conversationId) implements AgentEvent {
    }

    @JsonClassDescription("The agent turned an offered conversation down.")
    record OfferDeclined(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The offer declined.") String offerId,
            @JsonPropertyDescription("The conversation offered.") String conversationId,
            @JsonPropertyDescription("Why, in the agent's words, if they gave one.") String reason)
            implements AgentEvent {
    }

    @JsonClassDescription("The agent answered the customer.")
    record ReplySent(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The conversation answered.") String conversationId,
            @JsonPropertyDescription("The reply, plain text in Unicode NFC.") String text) implements AgentEvent {
    }

    @JsonClassDescription("The agent closed a conversation they held.")
    record ConversationClosed(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The conversation closed.") String conversationId,
            @JsonPropertyDescription("How it ended (resolved, spam, ...), if the agent said.") String disposition)
            implements AgentEvent {
    }

    @JsonClassDescription("The agent hands a conversation on, to a named agent or to whoever has a skill.")
    record TransferRequested(String id, int schemaVersion, String agentId, Instant occurredAt,
            @JsonPropertyDescription("The conversation handed on.") String conversationId,
            @JsonPropertyDescription("The agent to hand it to, if one is named.") String toAgentId,
            @JsonPropertyDescription("The skill the next agent needs, if no agent is named.") String toSkill,
            @JsonPropertyDescription("A note for the next agent.") String note) implements AgentEvent {
    }
}
