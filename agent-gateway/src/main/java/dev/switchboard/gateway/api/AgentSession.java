package dev.switchboard.gateway.api;

import dev.switchboard.gateway.domain.Outbox;
import io.quarkus.websockets.next.WebSocketConnection;

/** One open agent socket: whose it is, and the bounded queue of frames being written to it. */
public record AgentSession(String agentId, WebSocketConnection connection, Outbox outbox) {
}
