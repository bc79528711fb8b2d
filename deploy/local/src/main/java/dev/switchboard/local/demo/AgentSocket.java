package dev.switchboard.local.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.ContractJson;

/**
 * An agent's desk connection to the gateway, {@code /v1/agent/socket} with a bearer token: sends frames, and keeps
 * every frame received so a caller can look for the one it expects. The demo desk and the end-to-end test use it.
 */
public final class AgentSocket implements AutoCloseable {

    private static final ObjectMapper JSON = ContractJson.mapper();

    private final String agentId;
    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;

    private AgentSocket(String agentId) {
        this.agentId = agentId;
    }

    public static URI socketUri(int gatewayPort) {
        return URI.create("ws://127.0.0.1:" + gatewayPort + "/v1/agent/socket");
    }

    /** Opens the socket; fails with the handshake's error when the gateway refuses it. */
    public static AgentSocket connect(URI uri, String agentId, String token, Duration timeout) {
        AgentSocket agent = new AgentSocket(agentId);
        agent.socket = HttpClient.newBuilder().connectTimeout(timeout).build()
                .newWebSocketBuilder()
                .connectTimeout(timeout)
                .header("Authorization", "Bearer " + token)
                .buildAsync(uri, agent.new Listener())
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .join();
        return agent;
    }

    public String agentId() {
        return agentId;
    }

    /** Called for every frame from now on, on the socket's thread. */
    public void onFrame(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Every frame received so far, oldest first. */
    public List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    public void send(Map<String, ?> frame) {
        try {
            socket.sendText(JSON.writeValueAsString(frame), true).join();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON frame: " + frame, e);
        }
    }

    public void sendPresence(String presence) {
        send(Map.of("type", "presence", "presence", presence));
    }

    public void accept(String offerId, String conversationId) {
        send(Map.of("type", "accept", "offerId", offerId, "conversationId", conversationId));
    }

    public boolean isOpen() {
        return socket != null && !socket.isInputClosed() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonNode frame = parse(text);
                frames.add(frame);
                listeners.forEach(l -> l.accept(frame));
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        private JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return JSON.createObjectNode().put("type", "unparseable").put("text", text);
            }
        }
    }
}
