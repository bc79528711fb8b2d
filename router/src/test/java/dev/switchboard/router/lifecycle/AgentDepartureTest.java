package dev.switchboard.router.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Agents going offline or reaching the end of their shift give work back per policy; a shift start takes work. */
@QuarkusTest
@RouterTestResources
class AgentDepartureTest extends LifecycleTestBase {

    private static final CustomerIdentity CUSTOMER = new CustomerIdentity("kim@example.com", null, null, "Kim",
            "en", null, null);

    @Test
    void goingOfflineRevokesPendingOffersRequeuesUnansweredEmailAndKeepsChats() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3, "EMAIL", 3));
        String bob = agent("bob", Map.of("en", 5), Map.of("CHAT", 3, "EMAIL", 3));
        String email = accepted(ana, "email:smtp:" + id("mail"), Channel.EMAIL);
        String chat = accepted(ana, key("kept"), Channel.CHAT);
        Records.send(Records.chat(key("pending"), id("p1"), "Still there?", "en"));
        Delivery.Offer pending = awaitOfferTo(ana, o -> o.preview().equals("Still there?"));
        String emailQueuedSince = RouterApi.conversation(email).getString("conversation.queuedSince");

        Records.presence(ana, Presence.OFFLINE);

        Delivery.Revoked offerRevoked = awaitDelivery(pending.conversationId(), Delivery.Revoked.class);
        assertEquals(pending.offerId(), offerRevoked.offerId());
        assertEquals("agent-offline", offerRevoked.reason());
        Delivery.Revoked emailRevoked = awaitDelivery(email, Delivery.Revoked.class);
        assertNull(emailRevoked.offerId(), "a held conversation, not an offer, was taken back");
        assertEquals("agent-offline", emailRevoked.reason());
        awaitStatus(email, "QUEUED");
        awaitStatus(pending.conversationId(), "QUEUED");
        assertEquals("ASSIGNED", status(chat), "chats in progress stay with the agent");
        assertEquals(emailQueuedSince, RouterApi.conversation(email).getString("conversation.queuedSince"));

        available(bob);

        awaitStatus(email, "OFFERED", bob);
        awaitStatus(pending.conversationId(), "OFFERED", bob);
    }

    @Test
    void shiftEndRevokesPendingOffersAndTheConversationMovesOn() {
        Instant now = TestClock.CLOCK.instant();
        // The shift ends before the offer would expire (30 s), so the sweep that takes it back is the shift's.
        String ana = agentOnShift("ana", Map.of("en", 5), Map.of("CHAT", 3), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofSeconds(20)));
        available(ana);
        Records.send(Records.chat(key("late"), id("l1"), "Hi", "en"));
        Delivery.Offer offer = awaitOfferTo(ana, o -> true);
        String bob = agentOnShift("bob", Map.of("en", 5), Map.of("CHAT", 3), now.plus(Duration.ofSeconds(10)),
                now.plus(Duration.ofHours(8)));
        available(bob);

        TestClock.CLOCK.advance(Duration.ofSeconds(20));

        Delivery.Revoked revoked = awaitDelivery(offer.conversationId(), Delivery.Revoked.class);
        assertEquals(ana, revoked.agentId());
        assertEquals("shift-ended", revoked.reason());
        Delivery.Offer next = awaitDelivery(offer.conversationId(), Delivery.Offer.class,
                o -> !o.offerId().equals(offer.offerId()));
        assertEquals(bob, next.agentId());
    }

    @Test
    void agentWhoseShiftStartsIsOfferedTheWaitingConversation() {
        Instant now = TestClock.CLOCK.instant();
        String ana = agentOnShift("ana", Map.of("en", 5), Map.of("CHAT", 3), now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(9)));
        available(ana);
        Records.send(Records.chat(key("early"), id("e1"), "Anyone up?", "en"));
        String conversation = RouterApi.awaitConversation("QUEUED", key("early"));

        TestClock.CLOCK.advance(Duration.ofHours(1));

        assertEquals(ana, awaitDelivery(conversation, Delivery.Offer.class).agentId());
        assertEquals(List.of(ana), RouterApi.conversation(conversation).getList("offers.agentId"));
    }

    /** Sends a message starting a conversation, waits for its offer to the agent, accepts it; returns its id. */
    private String accepted(String agentId, String conversationKey, Channel channel) {
        if (channel == Channel.CHAT) {
            Records.send(Records.chat(conversationKey, conversationKey + "-m1", "Hello", "en"));
        } else {
            Records.send(AgentEvents.inbound(channel, conversationKey, conversationKey + "-m1", "I have a question about my account",
                    "en", CUSTOMER));
        }
        String conversationId = RouterApi.awaitConversation("OFFERED", conversationKey);
        Delivery.Offer offer = awaitDelivery(conversationId, Delivery.Offer.class);
        Records.accept(agentId, offer.offerId(), conversationId);
        awaitDelivery(conversationId, Delivery.Assigned.class);
        return conversationId;
    }
}
