package dev.switchboard.bench.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * The agents' desks: N real WebSockets from one Vert.x WebSocket client on one event loop (cheap on a shared
 * machine), each frame read for its delivery id and counted in the current step's {@link PushTally}.
 */
final class AgentSockets implements AutoCloseable {

    /** Handshakes under way at once: enough to connect a thousand in seconds, few enough not to be a storm. */
    private static final int CONNECTING_AT_ONCE = 32;

    private final Vertx vertx;
    private final WebSocketClient client;
    private final List<WebSocket> sockets = new ArrayList<>();
    private final AtomicInteger closedByServer = new AtomicInteger();
    private final AtomicLong unreadable = new AtomicLong();
    private volatile PushTally tally;
    private volatile boolean closing;

    private AgentSockets(int agents) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(agents)
                .setTcpNoDelay(true).setConnectTimeout(30_000));
    }

    /** Connects agent 0 .. agents-1, each with the options {@code connect} makes for it; fails if any fails. */
    static AgentSockets connect(int agents, IntFunction<WebSocketConnectOptions> connect) {
        AgentSockets desks = new AgentSockets(agents);
        try {
            for (int from = 0; from < agents; from += CONNECTING_AT_ONCE) {
                List<Future<WebSocket>> batch = new ArrayList<>();
                for (int agent = from; agent < Math.min(agents, from + CONNECTING_AT_ONCE); agent++) {
                    batch.add(desks.client.connect(connect.apply(agent)));
                }
                Future.all(batch).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                batch.forEach(socket -> desks.listen(socket.result()));
            }
            return desks;
        } catch (Exception e) {
            desks.close();
            throw new IllegalStateException("could not connect " + agents + " agents: " + e.getMessage(), e);
        }
    }

    /** Frames from now on count in {@code next}. */
    void countIn(PushTally next) {
        tally = next;
    }

    /** Sockets the server closed while the benchmark still used them (too slow, idle): must be 0. */
    int closedByServer() {
        return closedByServer.get();
    }

    /** Frames that were not a benchmark offer (an error frame): must be 0. */
    long unreadable() {
        return unreadable.get();
    }

    private void listen(WebSocket socket) {
        sockets.add(socket);
        socket.textMessageHandler(frame -> {
            long now = System.nanoTime();
            PushTally current = tally;
            if (current == null || !BenchOffers.read(frame, current::arrived, now)) {
                unreadable.incrementAndGet();
            }
        });
        socket.closeHandler(closed -> {
            if (!closing) {
                closedByServer.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        closing = true;
        CompletableFuture<?> closed = Future.join(sockets.stream().map(WebSocket::close).toList())
                .toCompletionStage().toCompletableFuture();
        try {
            closed.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing is best effort: the server goes away next either way.
        }
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
