package dev.switchboard.gateway.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    static void produceDelivery(String key, Delivery delivery) throws Exception {
        produce(Topics.DELIVERIES, key, ContractJson.mapper().writerFor(Delivery.class).writeValueAsString(delivery));
    }

    static void produce(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
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
