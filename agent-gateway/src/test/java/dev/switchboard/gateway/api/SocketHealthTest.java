package dev.switchboard.gateway.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Heartbeats and the send buffer, with idle timeout 1.5 s, pings every 200 ms and 16 frames per socket. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class SocketHealthTest extends GatewaySocketTest {

    @Inject
    AgentConnections connections;

    @Test
    void aSocketThatNeverAnswersPingsIsClosedButOneThatDoesStaysOpen() throws Throwable {
        String silent = "a-" + UUID.randomUUID();
        String answering = "a-" + UUID.randomUUID();
        try (AgentClient desk = AgentClient.connectAs(vertx, endpoint, answering);
                RawSocket mute = RawSocket.connect(endpoint, TokenIssuer.shared().agentToken(silent))) {
            RawSocket.Closed closed = mute.awaitClose(Duration.ofSeconds(10));

            assertEquals(new RawSocket.Closed(4408, "idle: nothing heard within the idle timeout"), closed);
            assertFalse(connections.isConnected(silent));
            // The answering desk has been pinged as often and lived as long, past the idle timeout.
            assertFalse(desk.isClosed());
            assertTrue(connections.isConnected(answering));
        }
    }

    @Test
    void aDeskThatDoesNotReadIsClosedWithoutHoldingUpAnother() throws Throwable {
        String slow = "a-" + UUID.randomUUID();
        String fast = "a-" + UUID.randomUUID();
        try (RawSocket stuck = RawSocket.connect(endpoint, TokenIssuer.shared().agentToken(slow));
                AgentClient desk = AgentClient.connectAs(vertx, endpoint, fast)) {
            // Alive as far as heartbeats go: it is its reading that is too slow.
            stuck.keepSendingPongs(Duration.ofMillis(200));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> connections.isConnected(slow) && connections.isConnected(fast));
            // Far more than the kernel's socket buffers hold (a few MB on loopback) plus 16 frames.
            String preview = "x".repeat(64 * 1024);
            List<Delivery> deliveries = new ArrayList<>();
            IntStream.range(0, 160).forEach(i -> deliveries.add(Deliveries.offer(slow, "c-" + i, preview)));
            List<Delivery.Offer> forFast = IntStream.range(0, 20).mapToObj(i -> Deliveries.offer(fast)).toList();
            deliveries.addAll(forFast);
            // One partition: the fast desk's offers are read only after every one of the slow desk's.
            Kafka.produceDeliveriesTo(0, deliveries);

            await().atMost(Duration.ofSeconds(20)).until(() -> desk.frames().size() == forFast.size());
            assertEquals(forFast.stream().map(Delivery::id).toList(),
                    desk.frames().stream().map(f -> f.path("id").asText()).toList());
            await().atMost(Duration.ofSeconds(5)).until(() -> !connections.isConnected(slow));
            assertEquals(1013, stuck.awaitClose(Duration.ofSeconds(10)).code());
        }
    }
}
