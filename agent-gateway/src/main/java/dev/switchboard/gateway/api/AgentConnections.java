package dev.switchboard.gateway.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.gateway.config.GatewaySettings;
import dev.switchboard.gateway.domain.AgentRegistry;
import dev.switchboard.gateway.domain.OfflineGrace;
import dev.switchboard.gateway.messaging.AgentEventPublisher;
import dev.switchboard.gateway.messaging.PendingWork;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;

/**
 * The agents connected to this instance: feeds deliveries to every socket of an agent, gives up on sockets that
 * are too slow or silent, and reports an agent OFFLINE when their last socket here has been gone for the grace
 * period.
 */
@ApplicationScoped
public class AgentConnections {

    private static final Logger LOG = Logger.getLogger(AgentConnections.class);

    /** 1013 "try again later": the desk reconnects and catches up rather than lag further behind. */
    static final CloseReason TOO_SLOW = new CloseReason(1013, "too slow to read its frames");

    private final AgentRegistry<AgentSession> registry = new AgentRegistry<>();
    private final OfflineGrace grace;
    private final AgentEventPublisher publisher;
    private final FrameCodec codec;
    private final GatewaySettings settings;
    private final SocketMetrics metrics;

    public AgentConnections(Vertx vertx, AgentEventPublisher publisher, FrameCodec codec, GatewaySettings settings,
            SocketMetrics metrics) {
        this.publisher = publisher;
        this.codec = codec;
        this.settings = settings;
        this.metrics = metrics;
        this.grace = new OfflineGrace(settings.offlineGrace(), (delay, task) -> {
            long timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
            return () -> vertx.cancelTimer(timer);
        }, registry::isConnected, this::wentOffline);
        metrics.connectedAgents(registry::connectedAgents);
    }

    /** A new socket, subscribed to live deliveries at once; they are held until {@link #resume} is called. */
    AgentSession open(String agentId, WebSocketConnection connection) {
        AgentSession session = new AgentSession(agentId, connection, settings.maxPendingFrames(), metrics,
                slow -> {
                    if (giveUp(slow, TOO_SLOW)) {
                        metrics.tooSlow();
                    }
                });
        registry.add(agentId, session);
        grace.connected(agentId);
        return session;
    }

    /** Pushes the agent's pending work to the socket, then what came live meanwhile, each delivery once. */
    void resume(AgentSession session, PendingWork work) {
        long received = System.nanoTime();
        List<Push> pending = work.inOrder().stream()
                .filter(delivery -> session.agentId().equals(delivery.agentId()))
                .map(delivery -> new Push(delivery, () -> codec.encode(delivery), received))
                .toList();
        session.resumed(pending);
    }

    void close(AgentSession session) {
        if (registry.remove(session.agentId(), session)) {
            grace.disconnected(session.agentId());
        }
    }

    /** Every open socket here. */
    List<AgentSession> sessions() {
        return registry.all();
    }

    public boolean isConnected(String agentId) {
        return registry.isConnected(agentId);
    }

    /**
     * Feeds a delivery to every socket the agent has here, without waiting for any of them. The frame is built
     * only if the agent is connected here, and once however many sockets they have.
     */
    public void push(Delivery delivery, long receivedNanos) {
        Collection<AgentSession> sessions = registry.socketsOf(delivery.agentId());
        if (sessions.isEmpty()) {
            return;
        }
        Push push = new Push(delivery, once(() -> codec.encode(delivery)), receivedNanos);
        for (AgentSession session : sessions) {
            session.deliver(push);
        }
    }

    /**
     * Stops using a socket (once) and closes it. It leaves the registry at once: a socket whose close frame is
     * stuck behind unread frames may take a while to close, and must not count as the agent's meanwhile.
     * Answers whether this call gave up on it.
     */
    boolean giveUp(AgentSession session, CloseReason reason) {
        if (!session.giveUp()) {
            return false;
        }
        LOG.warnf("Closing a socket of agent %s: %s", session.agentId(), reason.getMessage());
        close(session);
        session.connection().close(reason).subscribe().with(
                closed -> { },
                failure -> LOG.debugf("Closing a socket of agent %s failed: %s", session.agentId(), failure));
        return true;
    }

    private void wentOffline(String agentId) {
        AgentEvent offline = new AgentEvent.PresenceChanged(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                agentId, Instant.now(), Presence.OFFLINE);
        publisher.publish(offline).subscribe().with(
                published -> LOG.debugf("Agent %s is offline", agentId),
                failure -> LOG.warnf("Could not report agent %s offline: %s", agentId, failure.toString()));
    }

    private static Supplier<String> once(Supplier<String> make) {
        return new Supplier<>() {
            private String made;

            @Override
            public synchronized String get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}
