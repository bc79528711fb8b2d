package dev.switchboard.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Two gateway instances on one broker: instance A is this test's Quarkus application, instance B the packaged
 * gateway in a child JVM (started by the test, configured through the environment as in production). Each reads
 * every delivery in a consumer group of its own and pushes to the sockets it holds; an agent who moves from one to
 * the other gets their pending offer from the router on arrival, exactly once. Runs after packaging (failsafe).
 */
@Tag("packaged-app")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class TwoGatewaysIT extends GatewaySocketTest {

    private static final FakeRouter ROUTER = FakeRouter.shared();
    /** A socket's first frames from a freshly started JVM, on a machine that may be busy: generous, still bounded. */
    private static final Duration FIRST_USE = Duration.ofSeconds(30);
    private static GatewayProcess instanceB;

    @BeforeAll
    static void startInstanceB() {
        instanceB = GatewayProcess.start("gateway-b", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.shared().bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", TokenIssuer.shared().publicKeyFile().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER,
                "SWITCHBOARD_GATEWAY_ROUTER_URL", ROUTER.url()))
                .awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopInstanceB() throws InterruptedException {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void anAgentWhoMovesToAnotherInstanceGetsTheirPendingOfferThereOnce() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        String stays = "a-" + UUID.randomUUID();
        Delivery.Offer offer = Deliveries.offer(agent);
        ROUTER.pending(agent, List.of(offer), List.of());

        try (AgentClient stayingDesk = AgentClient.connectAs(vertx, endpoint, stays)) {
            try (AgentClient onA = AgentClient.connectAs(vertx, endpoint, agent)) {
                Kafka.produceDelivery(offer);
                onA.awaitFrame(f -> f.path("id").asText().equals(offer.id()), FIRST_USE);
            }

            try (AgentClient onB = AgentClient.connectAs(vertx, instanceB.socket(), agent)) {
                Delivery.Offer later = Deliveries.offer(agent);
                Delivery.Offer forTheOneWhoStayed = Deliveries.offer(stays);
                Kafka.produceDeliveries(List.of(later, forTheOneWhoStayed));

                // B's frames are in order: once the later live offer is there, the resumed one came or never will.
                onB.awaitFrame(f -> f.path("id").asText().equals(later.id()), FIRST_USE);
                assertEquals(List.of(offer.id(), later.id()),
                        onB.frames().stream().map(f -> f.path("id").asText()).toList());
                // A still serves the agent who stayed on it.
                stayingDesk.awaitFrame(f -> f.path("id").asText().equals(forTheOneWhoStayed.id()));
                assertEquals(1, stayingDesk.countOf(forTheOneWhoStayed.id()));

                // B knows the resumed offer as the agent's: accepting it is published.
                onB.send("{\"type\":\"accept\",\"offerId\":\"" + offer.offerId() + "\",\"conversationId\":\""
                        + offer.conversationId() + "\"}");
                Kafka.awaitAgentEvent(e -> e instanceof AgentEvent.OfferAccepted a && a.offerId().equals(offer.offerId()));
            }
        }
    }
}
