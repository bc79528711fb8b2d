package dev.switchboard.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;
import dev.switchboard.gateway.api.AgentConnections;
import io.smallrye.common.annotation.NonBlocking;

/**
 * Every instance reads every delivery (a consumer group of its own) and passes each to the sockets its agent has
 * here, if any. Writes are started, never awaited: a slow socket cannot hold up the topic. Nothing here blocks, so
 * it runs on the consumer's own event-loop context ({@link NonBlocking}): Quarkus would otherwise take a
 * {@code void} method for blocking and hop every record to a worker thread, which cost the gateway about a fifth of
 * its CPU per delivery (docs/benchmarks.md, "Agent gateway push").
 */
@ApplicationScoped
public class DeliveryConsumer {

    private final AgentConnections connections;

    public DeliveryConsumer(AgentConnections connections) {
        this.connections = connections;
    }

    @Incoming(Topics.DELIVERIES)
    @NonBlocking
    public void deliver(Delivery delivery) {
        // null: a record that was not a delivery, already reported by the deserializer.
        if (delivery != null && delivery.agentId() != null) {
            connections.push(delivery, System.nanoTime());
        }
    }
}
