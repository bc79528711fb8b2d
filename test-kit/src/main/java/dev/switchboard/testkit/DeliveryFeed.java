package dev.switchboard.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Topics;

/**
 * What the routers send agents, as simulated agents see it: every delivery published after this feed was created,
 * handed in order to one listener on a thread of the feed's own, until it is closed. Earlier runs' deliveries are
 * not replayed.
 */
public final class DeliveryFeed implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final KafkaConsumer<String, String> consumer;
    private final Consumer<Delivery> listener;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread loop;

    public DeliveryFeed(String bootstrapServers, String name, Consumer<Delivery> listener) {
        this.listener = listener;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, name + "-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DELIVERIES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        loop = new Thread(this::run, name);
        loop.setDaemon(true);
    }

    public void start() {
        loop.start();
    }

    /** Stops reading; what is published afterwards is not seen. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        loop.join(Duration.ofSeconds(10).toMillis());
    }

    private void run() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    listener.accept(parse(record.value()));
                }
            }
        } finally {
            consumer.close();
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
