package dev.switchboard.router.domain;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Many conversations decided at the same moment, each in its own transaction, all wanting the one free agent: the
 * agent's row lock lets only as many through as its capacity, and the queue sweep fills what decisions that found
 * the row busy left.
 */
@QuarkusTest
@RouterTestResources
class ConcurrentOfferingTest {

    private static final int CONVERSATIONS = 12;

    @Inject
    ConversationIntake intake;

    @Test
    void concurrentDecisionsNeverOfferAnAgentMoreThanItsCapacity() throws Exception {
        RouterApi.clearDatabase();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String agent = "solo-" + run;
        RouterApi.defineAgent(agent, RouterApi.agentBody("Solo", Map.of("en", 5), Map.of("CHAT", 2)));
        Records.presence(agent, Presence.AVAILABLE);
        RouterApi.awaitPresence(agent, "AVAILABLE");

        ExecutorService pool = Executors.newFixedThreadPool(CONVERSATIONS);
        try {
            List<Future<List<Delivery>>> decisions = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                InboundMessage message = Records.chat("chat:webchat:race-" + i + "-" + run, "race-" + i + "-" + run, "Hi", "en");
                decisions.add(pool.submit(() -> decide(message)));
            }
            long offers = 0;
            for (Future<List<Delivery>> decision : decisions) {
                offers += decision.get().size();
            }

            // A decision that finds the agent's row held by another passes it over; the queue sweep fills the rest.
            assertTrue(offers <= 2, offers + " offers made by the decisions");
            await().atMost(Duration.ofSeconds(20)).until(() -> RouterApi.countWithStatus("OFFERED") == 2);
            assertEquals(CONVERSATIONS - 2, RouterApi.countWithStatus("QUEUED"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One decision in its own transaction, on a Vert.x context of its own as a consumer would run it. */
    private List<Delivery> decide(InboundMessage message) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> intake.receive(message).map(Outcome::deliveries));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
