package dev.switchboard.gateway.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.KafkaBroker;

/** Plain Kafka clients on the shared test broker: what the router would produce and consume. */
final class Kafka {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** An agent event as it sits on the topic: key, type header and value. */
    record Published(String key, String typeHeader, AgentEvent event) {
    }

    private Kafka() {
    }

    /** Produces a delivery keyed by its agent, as the router does; answers where it landed. */
    static RecordMetadata produceDelivery(Delivery delivery) throws Exception {
        return produceDeliveries(List.of(delivery));
    }

    static RecordMetadata produceDelivery(String key, Delivery delivery) throws Exception {
        return produce(Topics.DELIVERIES, key, json(delivery));
    }

    /** Produces a delivery onto a given partition, to follow another one there. */
    static void produceDeliveryTo(int partition, Delivery delivery) throws Exception {
        produceDeliveriesTo(partition, List.of(delivery));
    }

    /** Produces the deliveries in order onto one partition, so they are read in that order. */
    static void produceDeliveriesTo(int partition, List<? extends Delivery> deliveries) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            for (Delivery delivery : deliveries) {
                producer.send(new ProducerRecord<>(Topics.DELIVERIES, partition, delivery.agentId(), json(delivery)));
            }
            producer.flush();
        }
    }

    /** Produces the deliveries in order, each keyed by its agent; answers where the last one landed. */
    static RecordMetadata produceDeliveries(List<? extends Delivery> deliveries) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            RecordMetadata last = null;
            for (Delivery delivery : deliveries) {
                last = producer.send(new ProducerRecord<>(Topics.DELIVERIES, delivery.agentId(), json(delivery))).get();
            }
            return last;
        }
    }

    static RecordMetadata produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "0"), new StringSerializer(), new StringSerializer());
    }

    private static String json(Delivery delivery) throws JsonProcessingException {
        return ContractJson.mapper().writerFor(Delivery.class).writeValueAsString(delivery);
    }

    /**
     * Every event of one agent, oldest first, up to and including the first matching {@code last}. One agent's
     * events share a partition, so nothing of theirs published before {@code last} can be missing.
     */
    static List<AgentEvent> agentEventsUntil(String agentId, Predicate<AgentEvent> last) {
        List<AgentEvent> seen = new ArrayList<>();
        awaitAgentEvent(event -> {
            if (!event.agentId().equals(agentId)) {
                return false;
            }
            seen.add(event);
            return last.test(event);
        });
        return seen;
    }

    /** The first agent event matching, reading the topic from the start; fails if none comes within 30 s. */
    static Published awaitAgentEvent(Predicate<AgentEvent> wanted) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.AGENT_EVENTS));
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    AgentEvent event = parse(record.value());
                    if (wanted.test(event)) {
                        Header type = record.headers().lastHeader("type");
                        return new Published(record.key(),
                                type == null ? null : new String(type.value(), StandardCharsets.UTF_8), event);
                    }
                }
            }
        }
        throw new AssertionError("no matching event on " + Topics.AGENT_EVENTS + " within " + DEADLINE);
    }

    private static AgentEvent parse(String json) {
        try {
            return ContractJson.mapper().readValue(json, AgentEvent.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a record on " + Topics.AGENT_EVENTS + " is not an agent event", e);
        }
    }
}
