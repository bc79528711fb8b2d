package dev.switchboard.gateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.switchboard.gateway.config.GatewaySettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * Pings every socket on an interval, and closes one from which nothing (a frame or a pong) has come within the
 * idle timeout: a desk whose network vanished without a close would otherwise hold its agent "connected" forever.
 */
@ApplicationScoped
public class Heartbeat {

    /** Private-use code: the desk reconnects, as after any drop; 4408 echoes HTTP's 408 Request Timeout. */
    static final CloseReason IDLE = new CloseReason(4408, "idle: nothing heard within the idle timeout");

    private static final Buffer PING = Buffer.buffer("sb");

    private final AgentConnections connections;
    private final GatewaySettings settings;
    private final SocketMetrics metrics;
    private volatile Runnable stop;

    public Heartbeat(AgentConnections connections, GatewaySettings settings, SocketMetrics metrics) {
        this.connections = connections;
        this.settings = settings;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        long timer = vertx.setPeriodic(settings.pingInterval().toMillis(), id -> sweep());
        this.stop = () -> vertx.cancelTimer(timer);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (stop != null) {
            stop.run();
        }
    }

    void sweep() {
        long now = System.nanoTime();
        long idleNanos = settings.idleTimeout().toNanos();
        for (AgentSession session : connections.sessions()) {
            if (session.silentForNanos(now) > idleNanos) {
                if (connections.giveUp(session, IDLE)) {
                    metrics.idle();
                }
            } else {
                session.connection().sendPing(PING).subscribe().with(sent -> { }, failed -> { });
            }
        }
    }
}
