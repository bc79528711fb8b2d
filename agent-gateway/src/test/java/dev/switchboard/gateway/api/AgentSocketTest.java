package dev.switchboard.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class AgentSocketTest extends GatewaySocketTest {

    @Test
    void presenceFramePublishesPresenceChangedKeyedByTheAgent() throws Throwable {
        Instant before = Instant.now();
        try (AgentClient a1 = connect("a1")) {
            a1.send("{\"type\":\"presence\",\"presence\":\"AVAILABLE\"}");

            Kafka.Published published = Kafka.awaitAgentEvent(e -> e.agentId().equals("a1")
                    && e instanceof AgentEvent.PresenceChanged p && p.presence() == Presence.AVAILABLE
                    && !p.occurredAt().isBefore(before));

            assertEquals("a1", published.key());
            assertEquals("presence", published.typeHeader());
            assertEquals(AgentEvent.SCHEMA_VERSION, published.event().schemaVersion());
            assertNotNull(UUID.fromString(published.event().id()));
        }
    }

    @Test
    void agentActionsArePublishedAsTheirEvents() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        try (AgentClient desk = connect(agent)) {
            Delivery.Offer offer = Deliveries.offer(agent);
            Delivery.Assigned held = Deliveries.assigned(agent, "c-" + UUID.randomUUID());
            Kafka.produceDeliveries(List.of(offer, held));
            desk.awaitFrame(f -> f.path("id").asText().equals(held.id()));

            desk.send("{\"type\":\"accept\",\"offerId\":\"" + offer.offerId() + "\",\"conversationId\":\""
                    + offer.conversationId() + "\"}");
            desk.send("{\"type\":\"reply\",\"conversationId\":\"" + held.conversationId() + "\",\"text\":\"On it.\"}");

            AgentEvent.OfferAccepted accepted = (AgentEvent.OfferAccepted) Kafka
                    .awaitAgentEvent(e -> e.agentId().equals(agent) && e instanceof AgentEvent.OfferAccepted).event();
            AgentEvent.ReplySent reply = (AgentEvent.ReplySent) Kafka
                    .awaitAgentEvent(e -> e.agentId().equals(agent) && e instanceof AgentEvent.ReplySent).event();

            assertEquals(offer.offerId(), accepted.offerId());
            assertEquals("On it.", reply.text());
        }
    }

    @Test
    void anOfferGoesToItsAgentsSocketsAndNoOneElse() throws Throwable {
        try (AgentClient a1 = connect("a1"); AgentClient a1SecondTab = connect("a1"); AgentClient a2 = connect("a2")) {
            Delivery.Offer offer = Deliveries.offer("a1");
            Kafka.produceDelivery("a1", offer);

            for (AgentClient tab : List.of(a1, a1SecondTab)) {
                JsonNode frame = tab.awaitFrame(f -> f.path("id").asText().equals(offer.id()));
                assertEquals("offer", frame.get("type").asText());
                assertEquals(offer, ContractJson.mapper().treeToValue(frame, Delivery.class));
            }

            // Anything meant for a1 reached a2's socket before a2's own delivery, if it reached it at all.
            Delivery.Offer forA2 = Deliveries.offer("a2");
            Kafka.produceDelivery("a2", forA2);
            a2.awaitFrame(f -> f.path("id").asText().equals(forA2.id()));
            assertEquals(List.of(forA2.id()), a2.frames().stream().map(f -> f.path("id").asText()).toList());
        }
    }

    @Test
    void aRecordThatIsNotADeliveryIsSkipped() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        try (AgentClient desk = connect(agent)) {
            Kafka.produce(Topics.DELIVERIES, agent, "{\"type\":\"surprise\"");
            Delivery.Offer offer = Deliveries.offer(agent);
            Kafka.produceDelivery(agent, offer);

            desk.awaitFrame(f -> f.path("id").asText().equals(offer.id()));
            assertEquals(1, desk.frames().size());
        }
    }

    @Test
    void refusesTheUpgradeWithoutAToken() {
        assertRefused(401, AgentClient.options(endpoint));
    }

    @Test
    void refusesATokenSignedByAnotherKey() throws Exception {
        String forged = TokenIssuer.create(Files.createTempDirectory("forger-")).agentToken("a1");
        assertRefused(401, AgentClient.options(endpoint).addHeader("Authorization", "Bearer " + forged));
    }

    @Test
    void refusesATokenWithoutTheAgentGroup() {
        String supervisor = TokenIssuer.shared().supervisorToken("s1");
        assertRefused(403, AgentClient.options(endpoint).addHeader("Authorization", "Bearer " + supervisor));
    }

    @Test
    void aBrowserPassesTheTokenAsASubprotocol() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        String carrier = URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer "
                + TokenIssuer.shared().agentToken(agent), StandardCharsets.UTF_8);
        WebSocketConnectOptions options = AgentClient.options(endpoint).setSubProtocols(List.of("switchboard.v1", carrier));

        try (AgentClient desk = AgentClient.connect(vertx, options)) {
            assertEquals("switchboard.v1", desk.subprotocol());
            desk.send("{\"type\":\"presence\",\"presence\":\"AWAY\"}");

            Kafka.Published published = Kafka.awaitAgentEvent(e -> e.agentId().equals(agent));
            assertEquals(agent, published.key());
        }
    }

    @Test
    void answersBadFramesWithErrorsAndKeepsTheSocketOpen() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        try (AgentClient desk = connect(agent)) {
            desk.send("{not json");
            JsonNode malformed = desk.awaitFrame(f -> f.path("type").asText().equals("error"));
            desk.send("{\"type\":\"dance\"}");
            JsonNode unknown = desk.awaitFrame(f -> f.path("code").asText().equals("unknown-type"));
            desk.send("{\"type\":\"accept\",\"conversationId\":\"c-1\"}");
            JsonNode invalid = desk.awaitFrame(f -> f.path("code").asText().equals("invalid-field"));

            assertEquals("malformed-frame", malformed.get("code").asText());
            assertTrue(unknown.get("message").asText().contains("presence"), unknown.toString());
            assertEquals("'offerId' is required", invalid.get("message").asText());

            desk.send("{\"type\":\"presence\",\"presence\":\"AWAY\"}");
            Kafka.awaitAgentEvent(e -> e.agentId().equals(agent)
                    && e instanceof AgentEvent.PresenceChanged p && p.presence() == Presence.AWAY);
            assertFalse(desk.isClosed());
        }
    }

    @Test
    void aDroppedSocketMakesTheAgentOfflineAfterTheGrace() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        AgentClient desk = connect(agent);
        desk.send("{\"type\":\"presence\",\"presence\":\"AVAILABLE\"}");
        Kafka.awaitAgentEvent(e -> e.agentId().equals(agent));

        desk.close();

        Kafka.Published offline = Kafka.awaitAgentEvent(e -> e.agentId().equals(agent)
                && e instanceof AgentEvent.PresenceChanged p && p.presence() == Presence.OFFLINE);
        assertEquals(agent, offline.key());
    }

    private AgentClient connect(String agentId) throws Throwable {
        return AgentClient.connect(vertx, AgentClient.options(endpoint)
                .addHeader("Authorization", "Bearer " + TokenIssuer.shared().agentToken(agentId)));
    }

    private void assertRefused(int status, WebSocketConnectOptions options) {
        UpgradeRejectedException refused = assertThrows(UpgradeRejectedException.class,
                () -> AgentClient.connect(vertx, options).close());
        assertEquals(status, refused.getStatus());
    }
}
