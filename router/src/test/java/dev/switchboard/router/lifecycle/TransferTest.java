package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import io.quarkus.test.junit.QuarkusTest;

/** Handing a conversation on keeps its history and its place in the queue; the old agent is told. */
@QuarkusTest
@RouterTestResources
class TransferTest extends LifecycleTestBase {

    @Test
    void transferToNamedAgentKeepsHistoryAndQueuedSince() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String conversation = assignedTo(ana, "named");
        Records.send(AgentEvents.reply(ana, conversation, "Let me check"));
        awaitMessages(conversation, 2);
        String queuedSince = RouterApi.conversation(conversation).getString("conversation.queuedSince");
        String bob = available("bob", Map.of("en", 5), Map.of("CHAT", 3));

        AgentEvents.transfer(ana, conversation, bob, null, "Refund over 500, needs you");

        Delivery.Revoked revoked = awaitDelivery(conversation, Delivery.Revoked.class);
        assertEquals(ana, revoked.agentId());
        assertEquals("transferred", revoked.reason());
        assertNull(revoked.offerId());
        Delivery.Offer offer = awaitDelivery(conversation, Delivery.Offer.class, o -> o.agentId().equals(bob));
        Records.accept(bob, offer.offerId(), conversation);
        Delivery.Assigned assigned = awaitDelivery(conversation, Delivery.Assigned.class,
                a -> a.agentId().equals(bob));
        assertEquals(List.of("CUSTOMER", "AGENT", "SYSTEM"),
                assigned.history().stream().map(Delivery.ConversationMessage::from).toList());
        assertEquals(List.of("Hello", "Let me check", "Refund over 500, needs you"),
                assigned.history().stream().map(Delivery.ConversationMessage::text).toList());
        assertEquals(queuedSince, RouterApi.conversation(conversation).getString("conversation.queuedSince"));
    }

    @Test
    void transferToSkillGoesToAnAgentWithTheSkillOrWaitsForOne() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String conversation = assignedTo(ana, "skill");
        available(agent("bob", Map.of("en", 5), Map.of("billing", 5), Map.of("CHAT", 3)));
        String carl = agent("carl", Map.of("en", 5), Map.of("refunds", 2), Map.of("CHAT", 3));

        AgentEvents.transfer(ana, conversation, null, "refunds", null);

        awaitDelivery(conversation, Delivery.Revoked.class);
        awaitStatus(conversation, "QUEUED");
        assertEquals(Map.of("refunds", 1), skills(conversation));

        available(carl);

        assertEquals(carl, awaitDelivery(conversation, Delivery.Offer.class, o -> !o.agentId().equals(ana))
                .agentId());
        assertEquals(List.of("refunds"), received(Delivery.Offer.class).stream()
                .filter(o -> o.agentId().equals(carl)).findFirst().orElseThrow().skills());
    }

    private String assignedTo(String agentId, String name) {
        Records.send(Records.chat(key(name), id(name), "Hello", "en"));
        Delivery.Offer offer = awaitOfferTo(agentId, o -> o.preview().equals("Hello"));
        Records.accept(agentId, offer.offerId(), offer.conversationId());
        awaitDelivery(offer.conversationId(), Delivery.Assigned.class);
        return offer.conversationId();
    }

    private static void awaitMessages(String conversation, int count) {
        await().atMost(WAIT).until(
                () -> RouterApi.conversation(conversation).getList("messages").size() == count);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> skills(String conversation) {
        Object value = RouterDb.rows("SELECT skills::text AS skills FROM conversations WHERE id = ?",
                UUID.fromString(conversation)).get(0).get("skills");
        try {
            return ContractJson.mapper().readValue(value.toString(), Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
