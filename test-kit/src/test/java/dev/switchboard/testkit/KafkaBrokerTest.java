package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.create();
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void keepsAcknowledgedRecordsAcrossARestart() throws Exception {
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(30))) {
            producer.send(new ProducerRecord<>("kit.restart", "k", "before")).get(30, TimeUnit.SECONDS);
        }
        broker.stop();
        broker.start();
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(30))) {
            producer.send(new ProducerRecord<>("kit.restart", "k", "after")).get(30, TimeUnit.SECONDS);
        }
        assertEquals(List.of("before", "after"), readAll("kit.restart", 2));
    }

    @Test
    void refusesToAcknowledgeWhileStopped() throws Exception {
        broker.stop();
        try (KafkaProducer<String, String> producer = producer(Duration.ofSeconds(2))) {
            assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>("kit.down", "k", "v")).get(10, TimeUnit.SECONDS));
        } finally {
            broker.start();
        }
    }

    private static KafkaProducer<String, String> producer(Duration deliveryTimeout) {
        int timeout = (int) deliveryTimeout.toMillis();
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "kit-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            java.util.List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
