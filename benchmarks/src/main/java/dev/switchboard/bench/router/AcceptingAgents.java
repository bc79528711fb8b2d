package dev.switchboard.bench.router;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;

/**
 * Agents who accept every offer at once and close every assigned conversation at once, as fast as the deliveries
 * arrive, so the router's throughput, not the agents', bounds the assignments.
 */
final class AcceptingAgents implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread loop = new Thread(this::run, "accepting-agents");

    AcceptingAgents(String bootstrapServers, KafkaProducer<String, String> producer) {
        this.producer = producer;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-agents-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DELIVERIES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        loop.setDaemon(true);
    }

    void start() {
        loop.start();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        loop.join(Duration.ofSeconds(10).toMillis());
    }

    private void run() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    answer(parse(record.value()));
                }
            }
        } finally {
            consumer.close();
        }
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

    private static Delivery parse(String json) {
        try {
            return ContractJson.mapper().readValue(json, Delivery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a Delivery: " + json, e);
        }
    }
}
