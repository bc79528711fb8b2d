package dev.switchboard.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;

class AgentWorkTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private final AgentWork work = new AgentWork();

    @Test
    void anOfferedConversationMayBeAcceptedOrDeclinedButNotRepliedTo() {
        work.delivered(offer("o-1", "c-1"));

        assertTrue(work.permits(accept("o-1", "c-1")));
        assertTrue(work.permits(new AgentEvent.OfferDeclined("e", 1, "a1", NOW, "o-1", "c-1", null)));
        assertFalse(work.permits(accept("o-1", "c-2")));
        assertFalse(work.permits(accept("o-2", "c-1")));
        assertFalse(work.permits(reply("c-1")));
    }

    @Test
    void anAssignedConversationMayBeRepliedToClosedAndTransferredUntilClosed() {
        work.delivered(offer("o-1", "c-1"));
        work.delivered(assigned("c-1"));

        assertFalse(work.permits(accept("o-1", "c-1")));
        assertTrue(work.permits(reply("c-1")));
        assertTrue(work.permits(new AgentEvent.TransferRequested("e", 1, "a1", NOW, "c-1", null, "billing", null)));
        AgentEvent.ConversationClosed close = new AgentEvent.ConversationClosed("e", 1, "a1", NOW, "c-1", "resolved");
        assertTrue(work.permits(close));

        work.acted(close);

        assertFalse(work.permits(reply("c-1")));
    }

    @Test
    void aRevocationTakesBackTheOfferOrTheConversation() {
        work.delivered(offer("o-1", "c-1"));
        work.delivered(assigned("c-2"));
        work.delivered(new Delivery.Revoked("d", 1, "a1", "c-1", NOW, "o-1", "expired"));
        work.delivered(new Delivery.Revoked("d", 1, "a1", "c-2", NOW, null, "reassigned"));

        assertFalse(work.permits(accept("o-1", "c-1")));
        assertFalse(work.permits(reply("c-2")));
    }

    @Test
    void anAnsweredOfferCannotBeAnsweredAgain() {
        work.delivered(offer("o-1", "c-1"));
        work.acted(accept("o-1", "c-1"));

        assertFalse(work.permits(accept("o-1", "c-1")));
    }

    @Test
    void presenceIsAlwaysTheAgentsOwn() {
        assertTrue(work.permits(new AgentEvent.PresenceChanged("e", 1, "a1", NOW, Presence.AWAY)));
    }

    private static AgentEvent.OfferAccepted accept(String offerId, String conversationId) {
        return new AgentEvent.OfferAccepted("e", 1, "a1", NOW, offerId, conversationId);
    }

    private static AgentEvent.ReplySent reply(String conversationId) {
        return new AgentEvent.ReplySent("e", 1, "a1", NOW, conversationId, "hello");
    }

    private static Delivery.Offer offer(String offerId, String conversationId) {
        return new Delivery.Offer("d-" + offerId, 1, "a1", conversationId, NOW, offerId, Channel.CHAT, "webchat",
                null, null, "hi", "en", List.of(), 0, "", NOW.plusSeconds(30));
    }

    private static Delivery.Assigned assigned(String conversationId) {
        return new Delivery.Assigned("d-" + conversationId, 1, "a1", conversationId, NOW, Channel.CHAT, null, null,
                "en", List.of());
    }
}
