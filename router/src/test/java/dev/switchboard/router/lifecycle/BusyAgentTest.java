package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A decision never waits for an agent whose row another transaction holds (that is how two decisions could wait for
 * each other in a cycle): it passes the agent over and the conversation queues; once the agent's row is free, the
 * queue sweep offers it the conversation.
 */
@QuarkusTest
@RouterTestResources
class BusyAgentTest extends LifecycleTestBase {

    @Test
    void conversationPassesOverABusyAgentAndIsOfferedToItOnceItsRowIsFree() throws Exception {
        String agent = available("busy", Map.of("en", 5), Map.of("CHAT", 2));
        String conversationId;
        try (RouterDb.HeldLock held = RouterDb.holdLock("SELECT id FROM agents WHERE id = ? FOR UPDATE", agent)) {
            Records.send(Records.chat(key("waits"), id("waits-1"), "Hello", "en"));
            // Stored while the lock is still held: the decision did not wait for it.
            conversationId = await().atMost(Duration.ofSeconds(10)).until(
                    () -> RouterDb.rows("SELECT id::text AS id FROM conversations WHERE conversation_key = ?",
                            key("waits")),
                    rows -> rows.size() == 1).get(0).get("id").toString();
            assertEquals("QUEUED", status(conversationId));
            String why = RouterDb.rows("SELECT explanation ->> 'why' AS why FROM conversations WHERE id = ?::uuid",
                    conversationId).get(0).get("why").toString();
            assertTrue(why.contains("busy"), why);
        }
        awaitStatus(conversationId, "OFFERED", agent);
        assertEquals(agent, awaitDelivery(conversationId, Delivery.Offer.class).agentId());
    }
}
