package dev.switchboard.gateway.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.switchboard.gateway.domain.AgentWork;
import dev.switchboard.gateway.domain.Outbox;
import dev.switchboard.gateway.domain.SessionFeed;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One open agent socket: whose it is, the bounded queue of frames being written to it, the deliveries fed to it
 * (each once, pending work first), what those make the agent's, and when anything was last heard from it.
 */
public final class AgentSession {

    /** Delivery ids remembered per socket to skip a repeat; a resume repeats far fewer. */
    private static final int REMEMBERED_DELIVERIES = 256;

    private final String agentId;
    private final WebSocketConnection connection;
    private final Outbox outbox;
    private final AgentWork work = new AgentWork();
    private final SessionFeed<Push> feed;
    private final AtomicBoolean givenUp = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();
    private CompletableFuture<Void> turn;

    AgentSession(String agentId, WebSocketConnection connection, int maxPendingFrames, SocketMetrics metrics,
            Consumer<AgentSession> tooSlow) {
        this.agentId = agentId;
        this.connection = connection;
        this.outbox = new Outbox(maxPendingFrames, frame -> connection.sendText(frame).subscribeAsCompletionStage(),
                () -> tooSlow.accept(this));
        this.feed = new SessionFeed<>(REMEMBERED_DELIVERIES, Push::id, push -> {
            work.delivered(push.delivery());
            if (outbox.offer(push.frame().get(), () -> metrics.written(push.receivedNanos()))) {
                metrics.pushed();
            }
        });
        this.turn = feed.whenLive().toCompletableFuture();
    }

    public String agentId() {
        return agentId;
    }

    WebSocketConnection connection() {
        return connection;
    }

    AgentWork work() {
        return work;
    }

    /** A live delivery for this agent. */
    void deliver(Push push) {
        feed.live(push);
    }

    /** The agent's pending work, or nothing when the router could not say: live deliveries flow from here on. */
    void resumed(List<Push> pending) {
        feed.resumed(pending);
    }

    /** Writes a frame of the gateway's own (an error) behind what is already queued. */
    void send(String frame) {
        outbox.offer(frame);
    }

    /**
     * Runs the agent's actions one after another, and none before the pending work has been pushed: an accept
     * that follows a resumed offer must find the offer known.
     */
    synchronized CompletionStage<Void> inTurn(Supplier<CompletionStage<Void>> action) {
        CompletableFuture<Void> next = turn.handle((ignored, failure) -> null)
                .thenCompose(ignored -> action.get())
                .toCompletableFuture();
        turn = next;
        return next;
    }

    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    long silentForNanos(long nowNanos) {
        return nowNanos - lastHeardNanos;
    }

    /** True once, for whoever gives up on the socket first (too slow, idle). */
    boolean giveUp() {
        return givenUp.compareAndSet(false, true);
    }
}
