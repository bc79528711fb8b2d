package dev.switchboard.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;
import dev.switchboard.gateway.api.AgentConnections;

/**
 * Every instance reads every delivery (a consumer group of its own) and passes each to the sockets its agent has
 * here, if any. Writes are started, never awaited: a slow socket cannot hold up the topic.
 */
@ApplicationScoped
public class DeliveryConsumer {

    private final AgentConnections connections;

    public DeliveryConsumer(AgentConnections connections) {
        this.connections = connections;
    }

    @Incoming(Topics.DELIVERIES)
    public void deliver(Delivery delivery) {
        // null: a record that was not a delivery, already reported by the deserializer.
        if (delivery != null && delivery.agentId() != null) {
            connections.push(delivery, System.nanoTime());
        }
    }
}
