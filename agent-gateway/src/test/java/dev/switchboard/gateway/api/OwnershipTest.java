package dev.switchboard.gateway.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class OwnershipTest extends GatewaySocketTest {

    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Handler auditHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            audit.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToAudit() {
        Logger.getLogger("switchboard.audit").addHandler(auditHandler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("switchboard.audit").removeHandler(auditHandler);
    }

    @Test
    void actingOnSomeoneElsesWorkIsRefusedAuditedAndNotPublished() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        Delivery.Offer mine = Deliveries.offer(agent);
        Delivery.Offer theirs = Deliveries.offer("b-" + UUID.randomUUID());
        List<String> refused = List.of(
                accept(theirs.offerId(), theirs.conversationId()),
                accept(mine.offerId(), theirs.conversationId()),
                "{\"type\":\"reply\",\"conversationId\":\"" + theirs.conversationId() + "\",\"text\":\"psst, a secret\"}",
                // An offer is not yet the agent's conversation.
                "{\"type\":\"close\",\"conversationId\":\"" + mine.conversationId() + "\"}",
                "{\"type\":\"transfer\",\"conversationId\":\"" + theirs.conversationId() + "\",\"toSkill\":\"billing\"}");
        try (AgentClient desk = AgentClient.connectAs(vertx, endpoint, agent)) {
            Kafka.produceDeliveries(List.of(theirs, mine));
            desk.awaitFrame(f -> f.path("id").asText().equals(mine.id()));

            for (String frame : refused) {
                desk.send(frame);
            }
            desk.send("{\"type\":\"presence\",\"presence\":\"AWAY\"}");

            List<AgentEvent> published = Kafka.agentEventsUntil(agent,
                    e -> e instanceof AgentEvent.PresenceChanged p && p.presence() == Presence.AWAY);
            assertEquals(1, published.size(), published.toString());
            await().atMost(Duration.ofSeconds(5)).until(() -> errors(desk).size() == refused.size());
            assertTrue(errors(desk).stream().allMatch(e -> e.get("code").asText().equals("not-yours")));
            assertFalse(desk.isClosed());
        }
        List<String> lines = audit.stream().filter(line -> line.contains(agent)).toList();
        assertEquals(refused.size(), lines.size());
        assertTrue(lines.contains("refused agent=" + agent + " action=reply conversation=" + theirs.conversationId()
                + ": not offered or assigned to the agent"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("secret")), lines.toString());
    }

    @Test
    void aRevokedOfferOrAClosedConversationIsNoLongerTheAgents() throws Throwable {
        String agent = "a-" + UUID.randomUUID();
        Delivery.Offer offer = Deliveries.offer(agent);
        Delivery.Assigned held = Deliveries.assigned(agent, "c-" + UUID.randomUUID());
        Delivery.Revoked revoked = Deliveries.revoked(offer);
        try (AgentClient desk = AgentClient.connectAs(vertx, endpoint, agent)) {
            Kafka.produceDeliveries(List.of(offer, held, revoked));
            desk.awaitFrame(f -> f.path("id").asText().equals(revoked.id()));

            desk.send(accept(offer.offerId(), offer.conversationId()));
            desk.send("{\"type\":\"close\",\"conversationId\":\"" + held.conversationId() + "\",\"disposition\":\"resolved\"}");
            desk.send("{\"type\":\"reply\",\"conversationId\":\"" + held.conversationId() + "\",\"text\":\"one more\"}");
            desk.send("{\"type\":\"presence\",\"presence\":\"AWAY\"}");

            List<AgentEvent> published = Kafka.agentEventsUntil(agent, e -> e instanceof AgentEvent.PresenceChanged);
            assertEquals(List.of(AgentEvent.ConversationClosed.class, AgentEvent.PresenceChanged.class),
                    published.stream().map(Object::getClass).toList());
            await().atMost(Duration.ofSeconds(5)).until(() -> errors(desk).size() == 2);
        }
    }

    private static String accept(String offerId, String conversationId) {
        return "{\"type\":\"accept\",\"offerId\":\"" + offerId + "\",\"conversationId\":\"" + conversationId + "\"}";
    }

    private static List<JsonNode> errors(AgentClient desk) {
        return desk.frames().stream().filter(f -> f.path("type").asText().equals("error")).toList();
    }
}
