package dev.switchboard.gateway.api;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.testkit.TokenIssuer;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

/** A desk as the gateway sees it: a real WebSocket client that keeps every frame it is sent. */
final class AgentClient implements AutoCloseable {

    private final WebSocketClient client;
    private final WebSocket socket;
    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();

    private AgentClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> frames.add(parse(text)));
    }

    static WebSocketConnectOptions options(URI endpoint) {
        return new WebSocketConnectOptions()
                .setHost(endpoint.getHost())
                .setPort(endpoint.getPort())
                .setURI(endpoint.getPath());
    }

    /** Connects, or fails with the cause the handshake failed with. */
    static AgentClient connect(Vertx vertx, WebSocketConnectOptions options) throws Throwable {
        WebSocketClient client = vertx.createWebSocketClient();
        try {
            WebSocket socket = client.connect(options).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            return new AgentClient(client, socket);
        } catch (ExecutionException e) {
            client.close();
            throw e.getCause();
        }
    }

    /** Connects as the agent, with a token of theirs in the Authorization header. */
    static AgentClient connectAs(Vertx vertx, URI endpoint, String agentId) throws Throwable {
        return connectWith(vertx, endpoint, TokenIssuer.shared().agentToken(agentId));
    }

    static AgentClient connectWith(Vertx vertx, URI endpoint, String token) throws Throwable {
        return connect(vertx, options(endpoint).addHeader("Authorization", "Bearer " + token));
    }

    void send(String frame) throws Exception {
        socket.writeTextMessage(frame).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    String subprotocol() {
        return socket.subProtocol();
    }

    List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** The first frame matching, waiting a few seconds for it. */
    JsonNode awaitFrame(Predicate<JsonNode> wanted) {
        return awaitFrame(wanted, Duration.ofSeconds(10));
    }

    JsonNode awaitFrame(Predicate<JsonNode> wanted, Duration deadline) {
        return await().atMost(deadline)
                .until(() -> frames.stream().filter(wanted).findFirst(), found -> found.isPresent())
                .get();
    }

    /** How many frames carried this delivery id. */
    long countOf(String deliveryId) {
        return frames.stream().filter(f -> f.path("id").asText().equals(deliveryId)).count();
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() throws Exception {
        if (!socket.isClosed()) {
            socket.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        client.close();
    }

    private static JsonNode parse(String text) {
        try {
            return ContractJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the gateway sent a frame that is not JSON", e);
        }
    }
}
