package dev.switchboard.gateway.api;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import dev.switchboard.gateway.messaging.AgentEventPublisher;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * An agent's desk connection. The upgrade itself is authenticated (a bearer JWT with the {@code agent} group;
 * anything else is refused with 401/403 before a socket exists), and the agent is the token's subject.
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
    private final FrameCodec codec;
    private final SocketMetrics metrics;

    public AgentSocket(SecurityIdentity identity, AgentConnections connections, AgentEventPublisher publisher,
            FrameCodec codec, SocketMetrics metrics) {
        this.identity = identity;
        this.connections = connections;
        this.publisher = publisher;
        this.codec = codec;
        this.metrics = metrics;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        connection.userData().put(SESSION, connections.open(agentId(), connection));
    }

    @OnTextMessage
    Uni<Void> receive(String text, WebSocketConnection connection) {
        AgentSession session = connection.userData().get(SESSION);
        Decoded decoded = codec.decode(session.agentId(), text);
        if (decoded.isError()) {
            return reject(connection, decoded.error());
        }
        return publisher.publish(decoded.event()).onFailure().recoverWithUni(failure -> {
            LOG.warnf("Could not publish an action of agent %s: %s", session.agentId(), failure.toString());
            return reject(connection, new ErrorFrame(ErrorCode.UNAVAILABLE, "not recorded; send it again"));
        });
    }

    @OnClose
    void close(WebSocketConnection connection) {
        AgentSession session = connection.userData().get(SESSION);
        if (session != null) {
            connections.close(session);
        }
    }

    private Uni<Void> reject(WebSocketConnection connection, ErrorFrame error) {
        metrics.rejected(error.code());
        return connection.sendText(codec.encode(error));
    }

    private String agentId() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
