package dev.switchboard.bench.router;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.DeliveryFeed;

/**
 * Agents who accept every offer at once and close every assigned conversation at once, as fast as the deliveries
 * arrive, so the router's throughput, not the agents', bounds the assignments.
 */
final class AcceptingAgents implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final DeliveryFeed deliveries;

    AcceptingAgents(String bootstrapServers, KafkaProducer<String, String> producer) {
        this.producer = producer;
        deliveries = new DeliveryFeed(bootstrapServers, "accepting-agents", this::answer);
    }

    void start() {
        deliveries.start();
    }

    @Override
    public void close() throws InterruptedException {
        deliveries.close();
    }

    private void answer(Delivery delivery) {
        if (delivery instanceof Delivery.Offer offer) {
            send(new AgentEvent.OfferAccepted(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                    offer.agentId(), Instant.now(), offer.offerId(), offer.conversationId()));
        } else if (delivery instanceof Delivery.Assigned assigned) {
            send(new AgentEvent.ConversationClosed(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                    assigned.agentId(), Instant.now(), assigned.conversationId(), "resolved"));
        }
    }

    private void send(AgentEvent event) {
        try {
            producer.send(new ProducerRecord<>(Topics.AGENT_EVENTS, event.agentId(),
                    ContractJson.mapper().writerFor(AgentEvent.class).writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
