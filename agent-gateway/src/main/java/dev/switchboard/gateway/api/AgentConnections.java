package dev.switchboard.gateway.api;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Presence;
import dev.switchboard.gateway.config.GatewaySettings;
import dev.switchboard.gateway.domain.AgentRegistry;
import dev.switchboard.gateway.domain.OfflineGrace;
import dev.switchboard.gateway.domain.Outbox;
import dev.switchboard.gateway.messaging.AgentEventPublisher;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;

/**
 * The agents connected to this instance: pushes frames to every socket of an agent, and reports an agent OFFLINE
 * when their last socket here has been gone for the grace period.
 */
@ApplicationScoped
public class AgentConnections {

    private static final Logger LOG = Logger.getLogger(AgentConnections.class);

    /** 1013 "try again later": the desk reconnects and catches up rather than lag further behind. */
    static final CloseReason TOO_SLOW = new CloseReason(1013, "too slow to read its frames");

    private final AgentRegistry<AgentSession> registry = new AgentRegistry<>();
    private final OfflineGrace grace;
    private final AgentEventPublisher publisher;
    private final GatewaySettings settings;
    private final SocketMetrics metrics;

    public AgentConnections(Vertx vertx, AgentEventPublisher publisher, GatewaySettings settings,
            SocketMetrics metrics) {
        this.publisher = publisher;
        this.settings = settings;
        this.metrics = metrics;
        this.grace = new OfflineGrace(settings.offlineGrace(), (delay, task) -> {
            long timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> task.run());
            return () -> vertx.cancelTimer(timer);
        }, registry::isConnected, this::wentOffline);
        metrics.connectedAgents(registry::connectedAgents);
    }

    AgentSession open(String agentId, WebSocketConnection connection) {
        Outbox outbox = new Outbox(settings.maxPendingFrames(),
                frame -> connection.sendText(frame).subscribeAsCompletionStage(),
                () -> tooSlow(agentId, connection));
        AgentSession session = new AgentSession(agentId, connection, outbox);
        registry.add(agentId, session);
        grace.connected(agentId);
        return session;
    }

    void close(AgentSession session) {
        if (registry.remove(session.agentId(), session)) {
            grace.disconnected(session.agentId());
        }
    }

    /**
     * Starts writing a frame to every socket the agent has here, without waiting for any of them.
     * The frame is built only if the agent is connected here.
     */
    public void push(String agentId, Supplier<String> frame) {
        Collection<AgentSession> sessions = registry.socketsOf(agentId);
        if (sessions.isEmpty()) {
            return;
        }
        String text = frame.get();
        for (AgentSession session : sessions) {
            if (session.outbox().offer(text)) {
                metrics.pushed();
            }
        }
    }

    private void tooSlow(String agentId, WebSocketConnection connection) {
        LOG.warnf("Closing a socket of agent %s: %d frames unwritten", agentId, settings.maxPendingFrames());
        metrics.tooSlow();
        connection.close(TOO_SLOW).subscribe().with(
                closed -> { },
                failure -> LOG.debugf("Closing a slow socket of agent %s failed: %s", agentId, failure));
    }

    private void wentOffline(String agentId) {
        AgentEvent offline = new AgentEvent.PresenceChanged(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                agentId, Instant.now(), Presence.OFFLINE);
        publisher.publish(offline).subscribe().with(
                published -> LOG.debugf("Agent %s is offline", agentId),
                failure -> LOG.warnf("Could not report agent %s offline: %s", agentId, failure.toString()));
    }
}
