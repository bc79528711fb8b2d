package dev.switchboard.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.gateway.messaging.AgentEventPublisher;
import dev.switchboard.gateway.messaging.PendingWork;
import dev.switchboard.gateway.messaging.RouterWork;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

/**
 * An agent's desk connection. The upgrade itself is authenticated (a bearer JWT with the {@code agent} group;
 * anything else is refused with 401/403 before a socket exists), and the agent is the token's subject.
 * On open the socket gets the agent's pending work from the router, then live deliveries, each once.
 * Each text frame the agent sends becomes one event on the agent-events topic, or an {@code error} frame back;
 * the socket stays open either way.
 */
@WebSocket(path = "/v1/agent/socket")
@RolesAllowed(AgentSocket.AGENT_ROLE)
public class AgentSocket {

    public static final String AGENT_ROLE = "agent";

    private static final Logger LOG = Logger.getLogger(AgentSocket.class);
    private static final UserData.TypedKey<AgentSession> SESSION = new UserData.TypedKey<>("switchboard.session");

    private final SecurityIdentity identity;
    private final AgentConnections connections;
    private final AgentEventPublisher publisher;
    private final RouterWork router;
    private final FrameCodec codec;
    private final SocketMetrics metrics;

    public AgentSocket(SecurityIdentity identity, AgentConnections connections, AgentEventPublisher publisher,
            RouterWork router, FrameCodec codec, SocketMetrics metrics) {
        this.identity = identity;
        this.connections = connections;
        this.publisher = publisher;
        this.router = router;
        this.codec = codec;
        this.metrics = metrics;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        // Subscribed to live deliveries before the router is asked, so nothing falls between the two.
        AgentSession session = connections.open(token.getSubject(), connection);
        connection.userData().put(SESSION, session);
        router.pendingFor(session.agentId(), token.getRawToken()).subscribe().with(
                work -> {
                    metrics.resumed(true);
                    connections.resume(session, work);
                },
                failure -> {
                    LOG.warnf("No pending work for agent %s from the router: %s", session.agentId(), failure.toString());
                    metrics.resumed(false);
                    session.send(codec.encode(new ErrorFrame(ErrorCode.RESUME_UNAVAILABLE,
                            "your pending offers and conversations could not be loaded; live ones still come")));
                    connections.resume(session, PendingWork.NONE);
                });
    }

    @OnTextMessage
    Uni<Void> receive(String text, WebSocketConnection connection) {
        AgentSession session = connection.userData().get(SESSION);
        session.heard();
        return Uni.createFrom().completionStage(() -> session.inTurn(() -> act(session, text)
                .subscribeAsCompletionStage()));
    }

    @OnPongMessage
    void pong(Buffer data, WebSocketConnection connection) {
        AgentSession session = connection.userData().get(SESSION);
        if (session != null) {
            session.heard();
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        AgentSession session = connection.userData().get(SESSION);
        if (session != null) {
            connections.close(session);
        }
    }

    private Uni<Void> act(AgentSession session, String text) {
        Decoded decoded = codec.decode(session.agentId(), text);
        if (decoded.isError()) {
            return reject(session, decoded.error());
        }
        AgentEvent event = decoded.event();
        if (!session.work().permits(event)) {
            AuditLog.notYours(event);
            return reject(session, new ErrorFrame(ErrorCode.NOT_YOURS,
                    "that offer or conversation is not offered or assigned to you"));
        }
        return publisher.publish(event)
                .invoke(() -> session.work().acted(event))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Could not publish an action of agent %s: %s", session.agentId(), failure.toString());
                    return reject(session, new ErrorFrame(ErrorCode.UNAVAILABLE, "not recorded; send it again"));
                });
    }

    private Uni<Void> reject(AgentSession session, ErrorFrame error) {
        metrics.rejected(error.code());
        return session.connection().sendText(codec.encode(error));
    }
}
