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
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> frames.stream().filter(wanted).findFirst(), found -> found.isPresent())
                .get();
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
