package dev.switchboard.gateway.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class ResumeTest extends GatewaySocketTest {

    private static final FakeRouter ROUTER = FakeRouter.shared();

    @Inject
    AgentConnections connections;

    @Test
    void aReconnectedAgentGetsTheirPendingWorkOnceAndCanActOnIt() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        Delivery.Offer offer = Deliveries.offer(agent);
        Delivery.Assigned held = Deliveries.assigned(agent, "c-" + UUID.randomUUID());
        ROUTER.pending(agent, List.of(offer), List.of(held));
        try (AgentClient desk = AgentClient.connectAs(vertx, endpoint, agent)) {
            Kafka.produceDeliveries(List.of(held, offer));
            desk.awaitFrame(f -> f.path("id").asText().equals(offer.id()));
        }

        String token = TokenIssuer.shared().agentToken(agent);
        try (AgentClient again = AgentClient.connectWith(vertx, endpoint, token)) {
            Delivery.Offer later = Deliveries.offer(agent);
            Kafka.produceDelivery(later);

            // Frames come in order: once the later live offer is here, the resumed work is here or never.
            again.awaitFrame(f -> f.path("id").asText().equals(later.id()));
            assertEquals(List.of(held.id(), offer.id(), later.id()), ids(again));

            again.send("{\"type\":\"accept\",\"offerId\":\"" + offer.offerId() + "\",\"conversationId\":\""
                    + offer.conversationId() + "\"}");
            Kafka.awaitAgentEvent(e -> e instanceof AgentEvent.OfferAccepted a && a.offerId().equals(offer.offerId()));
        }
        // The router was asked with the agent's own token.
        assertEquals("Bearer " + token, ROUTER.authorizations(agent).get(1));
        given().get("/q/metrics").then().statusCode(200).body(
                containsString("switchboard_gateway_push_latency_seconds_count"),
                containsString("switchboard_gateway_resumes_total{outcome=\"ok\"}"),
                containsString("switchboard_gateway_agents_connected"));
    }

    @Test
    void anOfferThatComesLiveWhileResumingIsPushedOnce() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        String witness = "w-" + UUID.randomUUID();
        CompletableFuture<Void> routerAnswers = ROUTER.hold(agent);
        try (AgentClient witnessDesk = AgentClient.connectAs(vertx, endpoint, witness);
                AgentClient desk = AgentClient.connectAs(vertx, endpoint, agent)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !ROUTER.authorizations(agent).isEmpty());

            // The router made the offer just as the agent reconnected: it is both in its answer and on the topic.
            Delivery.Offer offer = Deliveries.offer(agent);
            ROUTER.pending(agent, List.of(offer), List.of());
            RecordMetadata where = Kafka.produceDelivery(offer);
            Delivery.Offer afterIt = Deliveries.offer(witness);
            Kafka.produceDeliveryTo(where.partition(), afterIt);
            // The witness got what followed the offer on its partition, so this instance has read the offer.
            witnessDesk.awaitFrame(f -> f.path("id").asText().equals(afterIt.id()));
            assertEquals(List.of(), desk.frames());

            routerAnswers.complete(null);
            Delivery.Offer later = Deliveries.offer(agent);
            Kafka.produceDelivery(later);

            desk.awaitFrame(f -> f.path("id").asText().equals(later.id()));
            assertEquals(List.of(offer.id(), later.id()), ids(desk));
        }
    }

    @Test
    void withTheRouterDownTheAgentIsToldAndStillGetsLiveOffers() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        ROUTER.refuse(agent, 503);
        try (AgentClient desk = AgentClient.connectAs(vertx, endpoint, agent)) {
            Delivery.Offer offer = Deliveries.offer(agent);
            Kafka.produceDelivery(offer);

            desk.awaitFrame(f -> f.path("id").asText().equals(offer.id()));
            JsonNode first = desk.frames().get(0);
            assertEquals("error", first.get("type").asText());
            assertEquals("resume-unavailable", first.get("code").asText());
            assertEquals(2, desk.frames().size());
        }
    }

    private static List<String> ids(AgentClient desk) {
        return desk.frames().stream().map(f -> f.path("id").asText()).toList();
    }
}
