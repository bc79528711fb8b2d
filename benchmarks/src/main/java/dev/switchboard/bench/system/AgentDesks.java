package dev.switchboard.bench.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.testkit.TokenIssuer;

/**
 * Agents at their desks: one real WebSocket each to the agent gateway ({@code /v1/agent/socket}, bearer token),
 * all on one HTTP client so a few threads carry them. Each says it is AVAILABLE, accepts every offer at once,
 * and closes every conversation assigned to it after the handle time, as docs/agent-protocol.md describes. Every
 * offer frame is noted with the time it arrived, for the end-to-end latency and the duplicate check.
 */
final class AgentDesks implements AutoCloseable {

    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final Duration CONNECT = Duration.ofSeconds(30);

    /** One offer frame as it reached an agent's socket. */
    record OfferFrame(String agentId, String offerId, String conversationId, Instant createdAt, long receivedNanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "desk-handle-time");
        thread.setDaemon(true);
        return thread;
    });
    private final Queue<OfferFrame> offers = new ConcurrentLinkedQueue<>();
    private final Set<String> offerIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong repeatedOffers = new AtomicLong();
    private final AtomicLong assigned = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();
    private final AtomicLong revoked = new AtomicLong();
    private final AtomicLong heldTwice = new AtomicLong();
    /** Who holds each conversation now, as the desks see it: set on assigned, cleared when the holder closes it. */
    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<Desk> desks = new ArrayList<>();
    private final Duration handleTime;

    private AgentDesks(Duration handleTime) {
        this.handleTime = handleTime;
    }

    /** Connects every agent (a few at a time, as desks sign in) and sends AVAILABLE on each socket. */
    static AgentDesks connect(int gatewayPort, List<String> agentIds, TokenIssuer tokens, Duration handleTime) {
        AgentDesks desks = new AgentDesks(handleTime);
        URI uri = URI.create("ws://127.0.0.1:" + gatewayPort + "/v1/agent/socket");
        int batch = 50;
        for (int from = 0; from < agentIds.size(); from += batch) {
            List<CompletableFuture<Desk>> opening = new ArrayList<>();
            for (String agentId : agentIds.subList(from, Math.min(agentIds.size(), from + batch))) {
                Desk desk = desks.new Desk(agentId);
                opening.add(desks.http.newWebSocketBuilder().connectTimeout(CONNECT)
                        .header("Authorization", "Bearer " + tokens.agentToken(agentId))
                        .buildAsync(uri, desk.listener()).thenApply(socket -> desk.opened(socket)));
            }
            for (CompletableFuture<Desk> desk : opening) {
                desks.desks.add(desk.orTimeout(CONNECT.toSeconds(), TimeUnit.SECONDS).join());
            }
        }
        desks.desks.forEach(desk -> desk.send(Map.of("type", "presence", "presence", "AVAILABLE")));
        return desks;
    }

    /** Every offer frame so far, in arrival order per socket. */
    List<OfferFrame> offers() {
        return List.copyOf(offers);
    }

    /** Offer frames whose offerId had already reached a socket. */
    long repeatedOffers() {
        return repeatedOffers.get();
    }

    long assigned() {
        return assigned.get();
    }

    long closed() {
        return closed.get();
    }

    /** Conversations assigned to an agent while another agent's desk still held them: must be 0. */
    long heldTwice() {
        return heldTwice.get();
    }

    long revoked() {
        return revoked.get();
    }

    /** Error frames by code (e.g. {@code not-yours}): none are expected. */
    Map<String, Long> errors() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        errors.forEach((code, n) -> counts.put(code, n.get()));
        return counts;
    }

    /** Sockets still open. */
    long open() {
        return desks.stream().filter(Desk::isOpen).count();
    }

    @Override
    public void close() {
        closer.shutdownNow();
        desks.forEach(Desk::close);
    }

    /** One agent's socket; frames go out one after another, as a WebSocket requires. */
    private final class Desk {

        private final String agentId;
        private volatile WebSocket socket;
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        Desk(String agentId) {
            this.agentId = agentId;
        }

        Desk opened(WebSocket webSocket) {
            socket = webSocket;
            return this;
        }

        boolean isOpen() {
            return socket != null && !socket.isInputClosed() && !socket.isOutputClosed();
        }

        synchronized void send(Map<String, ?> frame) {
            String text;
            try {
                text = JSON.writeValueAsString(frame);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
            sending = sending.handle((ignored, failure) -> null)
                    .thenCompose(ignored -> socket.sendText(text, true));
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }

        void onFrame(JsonNode frame, long receivedNanos) {
            String type = frame.path("type").asText();
            switch (type) {
                case "offer" -> {
                    String offerId = frame.path("offerId").asText();
                    String conversationId = frame.path("conversationId").asText();
                    if (!offerIds.add(offerId)) {
                        repeatedOffers.incrementAndGet();
                        return;
                    }
                    offers.add(new OfferFrame(agentId, offerId, conversationId,
                            Instant.parse(frame.path("createdAt").asText()), receivedNanos));
                    send(Map.of("type", "accept", "offerId", offerId, "conversationId", conversationId));
                }
                case "assigned" -> {
                    assigned.incrementAndGet();
                    String conversationId = frame.path("conversationId").asText();
                    String holder = holders.putIfAbsent(conversationId, agentId);
                    if (holder != null) {
                        if (!holder.equals(agentId)) {
                            heldTwice.incrementAndGet();
                        }
                        return; // the same assignment again (a resume): its close is already scheduled
                    }
                    closer.schedule(() -> {
                        holders.remove(conversationId, agentId);
                        send(Map.of("type", "close", "conversationId", conversationId, "disposition", "resolved"));
                        closed.incrementAndGet();
                    }, handleTime.toMillis(), TimeUnit.MILLISECONDS);
                }
                case "revoked" -> revoked.incrementAndGet();
                case "error" -> errors.computeIfAbsent(frame.path("code").asText(), c -> new AtomicLong())
                        .incrementAndGet();
                default -> {
                    // follow-up messages: an agent reads them; nothing to answer here
                }
            }
        }

        WebSocket.Listener listener() {
            return new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    long now = System.nanoTime();
                    partial.append(data);
                    if (last) {
                        String text = partial.toString();
                        partial.setLength(0);
                        try {
                            onFrame(JSON.readTree(text), now);
                        } catch (JsonProcessingException e) {
                            errors.computeIfAbsent("unparseable", c -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    webSocket.request(1);
                    return null;
                }
            };
        }
    }
}
