package dev.switchboard.gateway.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Presence;

/**
 * Agent → server frames, named by {@code type}. Each becomes the matching {@link AgentEvent}; the agent id always
 * comes from the token, never from the frame, and unknown fields are ignored so older gateways accept newer desks.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AgentFrame.SetPresence.class, name = "presence"),
        @JsonSubTypes.Type(value = AgentFrame.Accept.class, name = "accept"),
        @JsonSubTypes.Type(value = AgentFrame.Decline.class, name = "decline"),
        @JsonSubTypes.Type(value = AgentFrame.Reply.class, name = "reply"),
        @JsonSubTypes.Type(value = AgentFrame.Close.class, name = "close"),
        @JsonSubTypes.Type(value = AgentFrame.Transfer.class, name = "transfer") })
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface AgentFrame {

    /** The event this frame stands for; throws {@link FrameException} when a field is missing or wrong. */
    AgentEvent toEvent(Stamp stamp);

    /** What the gateway adds to every event: a fresh id, the agent from the token, the time it was received. */
    record Stamp(String eventId, String agentId, Instant at) {
    }

    /** AVAILABLE or AWAY; OFFLINE is the gateway's to say, when the agent's sockets are gone. */
    record SetPresence(Presence presence) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            if (presence == null || presence == Presence.OFFLINE) {
                throw invalid("'presence' must be AVAILABLE or AWAY");
            }
            return new AgentEvent.PresenceChanged(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    presence);
        }
    }

    record Accept(String offerId, String conversationId) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            return new AgentEvent.OfferAccepted(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    required(offerId, "offerId"), required(conversationId, "conversationId"));
        }
    }

    /** {@code reason} is optional: an agent may simply say no. */
    record Decline(String offerId, String conversationId, String reason) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            return new AgentEvent.OfferDeclined(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    required(offerId, "offerId"), required(conversationId, "conversationId"), blankToNull(reason));
        }
    }

    record Reply(String conversationId, String text) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            return new AgentEvent.ReplySent(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    required(conversationId, "conversationId"), required(text, "text"));
        }
    }

    /** {@code disposition} is the wrap-up code the agent picked (resolved, spam, …); optional. */
    record Close(String conversationId, String disposition) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            return new AgentEvent.ConversationClosed(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    required(conversationId, "conversationId"), blankToNull(disposition));
        }
    }

    /** To a named agent or to whoever has a skill: exactly one of the two. */
    record Transfer(String conversationId, String toAgentId, String toSkill, String note) implements AgentFrame {
        @Override
        public AgentEvent toEvent(Stamp s) {
            String agent = blankToNull(toAgentId);
            String skill = blankToNull(toSkill);
            if ((agent == null) == (skill == null)) {
                throw invalid("give exactly one of 'toAgentId' or 'toSkill'");
            }
            return new AgentEvent.TransferRequested(s.eventId(), AgentEvent.SCHEMA_VERSION, s.agentId(), s.at(),
                    required(conversationId, "conversationId"), agent, skill, blankToNull(note));
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid("'" + field + "' is required");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static FrameException invalid(String message) {
        return new FrameException(ErrorCode.INVALID_FIELD, message);
    }
}
