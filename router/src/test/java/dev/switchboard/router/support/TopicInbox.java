package dev.switchboard.router.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import dev.switchboard.testkit.KafkaBroker;

/**
 * Reads what is published to a topic from the moment it is opened, keeping keys and headers,
 * as a plain Kafka consumer outside the application.
 */
public final class TopicInbox implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

    private TopicInbox(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "router-test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
        createIfMissing(topic);
        List<TopicPartition> partitions = Awaitility.await().atMost(WAIT).ignoreExceptions()
                .until(() -> consumer.partitionsFor(topic), found -> found != null && !found.isEmpty())
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    private static void createIfMissing(String topic) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static TopicInbox open(String topic) {
        return new TopicInbox(topic);
    }

    /** The first record published since opening that matches, waiting for it. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> wanted) {
        return Awaitility.await().atMost(WAIT).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return received.stream().filter(wanted).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    public List<ConsumerRecord<String, String>> received() {
        consumer.poll(Duration.ZERO).forEach(received::add);
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
