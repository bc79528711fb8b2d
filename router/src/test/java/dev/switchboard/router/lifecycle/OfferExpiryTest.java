package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Offers nobody answers: expired by the sweep on the moved clock, moved on, never back; misses make an agent AWAY. */
@QuarkusTest
@RouterTestResources
class OfferExpiryTest extends LifecycleTestBase {

    private static final Duration PAST_CHAT_TIMEOUT = Duration.ofSeconds(31);

    @Test
    void expiredOfferMovesToNextBestAgentAndNeverBack() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String bob = available("bob", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(Records.chat(key("slow"), id("m1"), "Hello?", "en"));
        // Equally free agents: the tie goes to the lower id, ana.
        Delivery.Offer first = awaitOfferTo(ana, o -> true);
        String conversationId = first.conversationId();

        TestClock.CLOCK.advance(PAST_CHAT_TIMEOUT);

        Delivery.Revoked revoked = awaitDelivery(conversationId, Delivery.Revoked.class);
        assertEquals(ana, revoked.agentId());
        assertEquals(first.offerId(), revoked.offerId());
        assertEquals("expired", revoked.reason());
        Delivery.Offer second = awaitDelivery(conversationId, Delivery.Offer.class,
                o -> !o.offerId().equals(first.offerId()));
        assertEquals(bob, second.agentId());

        TestClock.CLOCK.advance(PAST_CHAT_TIMEOUT);

        awaitDelivery(conversationId, Delivery.Revoked.class, r -> r.offerId().equals(second.offerId()));
        awaitStatus(conversationId, "QUEUED");
        // Both still have room; the next event of each agent offers them the queue, which must not include it.
        Records.presence(ana, Presence.AVAILABLE);
        Records.presence(ana, Presence.AWAY);
        Records.presence(bob, Presence.AVAILABLE);
        Records.presence(bob, Presence.AWAY);
        RouterApi.awaitPresence(ana, "AWAY");
        RouterApi.awaitPresence(bob, "AWAY");
        assertEquals("QUEUED", status(conversationId));
        assertEquals(List.of("EXPIRED", "EXPIRED"),
                RouterApi.conversation(conversationId).getList("offers.status"));
        assertEquals(2, received(Delivery.Offer.class).size(), "one offer to each agent, none back");
    }

    @Test
    void missesInARowSetTheAgentAwayAndTellThem() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 5));
        for (int i = 1; i <= 3; i++) {
            Records.send(Records.chat(key("miss" + i), id("m" + i), "Anyone?", "en"));
        }
        // All three offered before the clock moves: one that waited for ana's row lock (a concurrent intake held
        // it) is offered by the queue sweep a moment later, and only offers made before the jump expire with it.
        for (int i = 1; i <= 3; i++) {
            awaitDelivery(RouterApi.awaitConversation("OFFERED", key("miss" + i)), Delivery.Offer.class);
        }

        TestClock.CLOCK.advance(PAST_CHAT_TIMEOUT);

        RouterApi.awaitPresence(ana, "AWAY");
        await3Revoked();
        List<String> reasons = received(Delivery.Revoked.class).stream().map(Delivery.Revoked::reason).sorted()
                .toList();
        assertEquals(List.of("expired", "expired", "missed-offers"), reasons);
        assertEquals(0, misses(ana), "the count starts again once the agent is back");
    }

    @Test
    void anyAnswerResetsTheMissCount() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 5));
        Records.send(Records.chat(key("a"), id("a"), "One", "en"));
        Records.send(Records.chat(key("b"), id("b"), "Two", "en"));
        awaitOfferTo(ana, o -> o.preview().equals("One"));
        awaitOfferTo(ana, o -> o.preview().equals("Two"));
        TestClock.CLOCK.advance(PAST_CHAT_TIMEOUT);
        await().atMost(WAIT).until(() -> misses(ana) == 2);

        Records.send(Records.chat(key("c"), id("c"), "Three", "en"));
        Delivery.Offer third = awaitOfferTo(ana, o -> o.preview().equals("Three"));
        Records.decline(ana, third.offerId(), third.conversationId());
        await().atMost(WAIT).until(() -> misses(ana) == 0);

        Records.send(Records.chat(key("d"), id("d"), "Four", "en"));
        awaitOfferTo(ana, o -> o.preview().equals("Four"));
        TestClock.CLOCK.advance(PAST_CHAT_TIMEOUT);
        await().atMost(WAIT).until(() -> misses(ana) == 1);
        assertEquals("AVAILABLE", RouterApi.agent(ana).getString("presence"));
        assertNotEquals(0, received(Delivery.Revoked.class).size());
    }

    private void await3Revoked() {
        await().atMost(WAIT).until(() -> received(Delivery.Revoked.class).size() >= 3);
        assertEquals(3, received(Delivery.Revoked.class).size());
    }

    private static int misses(String agentId) {
        return ((Number) RouterDb.rows("SELECT consecutive_misses FROM agents WHERE id = ?", agentId).get(0)
                .get("consecutive_misses")).intValue();
    }
}
