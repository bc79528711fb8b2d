package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The matcher in production: the bullseye's stages advancing with the (test) clock, the customer's previous agent
 * within the sticky window, and the explanation the conversation API shows. Texts are neutral, so the seeded rules
 * ask for no skill.
 */
@QuarkusTest
@RouterTestResources
class MatchingTest extends LifecycleTestBase {

    @Test
    void stageZeroRefusesALevelThreeSpeakerAndTheNextStageOffersThemOnceTheWaitHasPassed() {
        String lea = available("lea", Map.of("en", 3), Map.of("CHAT", 3));
        Records.send(Records.chat(key("wait"), id("w1"), "Hello there", "en"));
        String conversation = RouterApi.awaitConversation("QUEUED", key("wait"));
        await().atMost(WAIT).until(() -> RouterApi.conversation(conversation).getString("explanation") != null);

        JsonPath waiting = RouterApi.conversation(conversation);
        assertEquals(0, waiting.getInt("conversation.stage"));
        assertEquals(0, waiting.getInt("explanation.stage"));
        assertEquals(4, waiting.getInt("explanation.requires.minLanguageLevel"));
        assertNull(waiting.get("explanation.chosen"));
        assertEquals(Map.of("LANGUAGE", 1), waiting.getMap("explanation.excluded"));
        assertEquals(1, waiting.getInt("explanation.considered"));
        assertEquals(0, waiting.getInt("explanation.eligible"));

        // The seeded stage 1 (after 30 s) accepts level 3.
        TestClock.CLOCK.advance(Duration.ofSeconds(31));

        assertEquals(lea, awaitDelivery(conversation, Delivery.Offer.class).agentId());
        JsonPath offered = RouterApi.conversation(conversation);
        assertEquals(1, offered.getInt("conversation.stage"));
        assertEquals(1, offered.getInt("explanation.stage"));
        assertEquals(3, offered.getInt("explanation.requires.minLanguageLevel"));
        assertEquals(lea, offered.getString("explanation.chosen"));
        assertEquals(List.of(lea), offered.getList("explanation.candidates.agentId"));
        assertEquals(3, offered.getInt("explanation.candidates[0].languageLevel"));
    }

    @Test
    void explanationNamesTheChosenAgentTheCandidatesAndWhoWasExcludedWhy() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String bob = available("bob", Map.of("en", 4), Map.of("CHAT", 3));
        available("eva", Map.of("es", 5), Map.of("CHAT", 3));
        agent("off", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(Records.chat(key("why"), id("y1"), "Hello there", "en"));

        Delivery.Offer offer = awaitOfferTo(ana, o -> true);

        JsonPath conversation = RouterApi.conversation(offer.conversationId());
        assertEquals(ana, conversation.getString("explanation.chosen"));
        assertEquals(List.of(ana, bob), conversation.getList("explanation.candidates.agentId"));
        assertEquals(List.of(5, 4), conversation.getList("explanation.candidates.languageLevel"));
        assertEquals(4, conversation.getInt("explanation.considered"));
        assertEquals(2, conversation.getInt("explanation.eligible"));
        assertEquals(Map.of("LANGUAGE", 1, "NOT_AVAILABLE", 1), conversation.getMap("explanation.excluded"));
        assertEquals(0, conversation.getInt("explanation.stage"));
        assertEquals(offer.reason(), conversation.getString("explanation.why"));
    }

    @Test
    void offersTheCustomersPreviousAgentWithinTheStickyWindow() {
        CustomerIdentity kim = kim();
        String bob = servedBy(kim);

        Records.send(AgentEvents.inbound(Channel.CHAT, key("again"), id("a1"), "Hello again", "en", kim));

        String conversation = RouterApi.awaitConversation(null, key("again"));
        Delivery.Offer offer = awaitDelivery(conversation, Delivery.Offer.class);
        assertEquals(bob, offer.agentId(), "ana has been idle longer, but bob served kim last");
        assertTrue(offer.reason().startsWith("the customer's previous agent"), offer.reason());
        assertEquals(true, RouterApi.conversation(conversation).getBoolean("explanation.candidates[0].sticky"));
    }

    @Test
    void forgetsThePreviousAgentOnceTheStickyWindowHasPassed() {
        CustomerIdentity kim = kim();
        String bob = servedBy(kim);
        TestClock.CLOCK.advance(Duration.ofHours(73));

        Records.send(AgentEvents.inbound(Channel.CHAT, key("later"), id("l1"), "Hello again", "en", kim));

        String conversation = RouterApi.awaitConversation(null, key("later"));
        Delivery.Offer offer = awaitDelivery(conversation, Delivery.Offer.class);
        assertEquals(id("ana"), offer.agentId(), "the longest idle, not the previous agent " + bob);
    }

    private CustomerIdentity kim() {
        return CustomerIdentity.ofHandle("kim-" + run, "Kim");
    }

    /**
     * Ana and bob are available; kim's first conversation is declined by ana and served and closed by bob, so ana
     * is the longer idle of the two and bob is kim's last agent. Returns bob.
     */
    private String servedBy(CustomerIdentity customer) {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String bob = available("bob", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(AgentEvents.inbound(Channel.CHAT, key("first"), id("f1"), "Hello", "en", customer));
        Delivery.Offer first = awaitOfferTo(ana, o -> true);
        Records.decline(ana, first.offerId(), first.conversationId());
        Delivery.Offer second = awaitDelivery(first.conversationId(), Delivery.Offer.class,
                o -> o.agentId().equals(bob));
        Records.accept(bob, second.offerId(), second.conversationId());
        awaitDelivery(second.conversationId(), Delivery.Assigned.class);
        Records.close(bob, second.conversationId());
        awaitStatus(second.conversationId(), "CLOSED");
        return bob;
    }
}
