package dev.switchboard.gateway.domain;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Decides when an agent whose sockets all closed is OFFLINE: only after a grace period in which they did not come
 * back, so a network blip or a page reload does not take their conversations away.
 */
public final class OfflineGrace {

    /** Runs a task once after a delay; the answer cancels it. */
    @FunctionalInterface
    public interface Timers {
        Runnable schedule(Duration delay, Runnable task);
    }

    private final Duration grace;
    private final Timers timers;
    private final Predicate<String> connected;
    private final Consumer<String> wentOffline;
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();

    /**
     * @param connected   whether the agent has an open socket now
     * @param wentOffline told the agent id once the grace has passed with no socket open
     */
    public OfflineGrace(Duration grace, Timers timers, Predicate<String> connected, Consumer<String> wentOffline) {
        this.grace = grace;
        this.timers = timers;
        this.connected = connected;
        this.wentOffline = wentOffline;
    }

    /** The agent opened a socket: a pending OFFLINE is called off. */
    public void connected(String agentId) {
        Pending waiting = pending.remove(agentId);
        if (waiting != null) {
            waiting.cancel();
        }
    }

    /** The agent's last socket closed: OFFLINE follows after the grace unless they come back. */
    public void disconnected(String agentId) {
        Pending waiting = new Pending();
        Pending previous = pending.put(agentId, waiting);
        if (previous != null) {
            previous.cancel();
        }
        waiting.cancel = timers.schedule(grace, () -> expire(agentId, waiting));
    }

    private void expire(String agentId, Pending waiting) {
        // Only the newest wait for this agent may fire, and only if no socket came back meanwhile.
        if (pending.remove(agentId, waiting) && !connected.test(agentId)) {
            wentOffline.accept(agentId);
        }
    }

    private static final class Pending {
        private volatile Runnable cancel;

        void cancel() {
            Runnable action = cancel;
            if (action != null) {
                action.run();
            }
        }
    }
}
