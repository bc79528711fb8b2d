package dev.switchboard.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Topics;

/** Reads a topic of the shared broker from the beginning, as a real consumer would, to check what was published. */
public final class TopicReader<T> {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String topic;
    private final Class<T> type;

    public TopicReader(String bootstrapServers, String topic, Class<T> type) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.type = type;
    }

    public static TopicReader<InboundMessage> inbound() {
        return new TopicReader<>(KafkaBroker.shared().bootstrapServers(), Topics.INBOUND, InboundMessage.class);
    }

    public static TopicReader<Delivery> deliveries() {
        return new TopicReader<>(KafkaBroker.shared().bootstrapServers(), Topics.DELIVERIES, Delivery.class);
    }

    public static TopicReader<AgentEvent> agentEvents() {
        return new TopicReader<>(KafkaBroker.shared().bootstrapServers(), Topics.AGENT_EVENTS, AgentEvent.class);
    }

    public static TopicReader<OutboundMessage> outbound() {
        return new TopicReader<>(KafkaBroker.shared().bootstrapServers(), Topics.OUTBOUND, OutboundMessage.class);
    }

    /** The first record matching, waiting up to 30 s for it; fails the test if none comes. */
    public T await(Predicate<T> wanted) {
        List<T> found = read(wanted, DEADLINE, true);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on " + topic + " within " + DEADLINE);
        }
        return found.get(0);
    }

    /**
     * Every matching record: reads until it has caught up with the topic's end as it stood when the reader joined,
     * then until {@code quiet} passes with no new match (at most 30 s in all). The quiet time starts only once caught
     * up, so a slow group join on a busy machine cannot end the read before it has seen anything.
     */
    public List<T> allWith(Predicate<T> wanted, Duration quiet) {
        return read(wanted, quiet, false);
    }

    private List<T> read(Predicate<T> wanted, Duration wait, boolean firstOnly) {
        List<T> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long hardStop = System.nanoTime() + DEADLINE.toNanos();
            Map<TopicPartition, Long> end = null;
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(hardStop, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    T value = parse(record.value());
                    if (wanted.test(value)) {
                        found.add(value);
                        if (firstOnly) {
                            return found;
                        }
                        if (quietUntil != Long.MAX_VALUE) {
                            quietUntil = System.nanoTime() + wait.toNanos();
                        }
                    }
                }
                if (end == null && !consumer.assignment().isEmpty()) {
                    end = consumer.endOffsets(consumer.assignment());
                }
                if (quietUntil == Long.MAX_VALUE && end != null && caughtUp(consumer, end)) {
                    quietUntil = System.nanoTime() + wait.toNanos();
                }
            }
        }
        return found;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream()
                .allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }

    private T parse(String json) {
        try {
            return ContractJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("record on " + topic + " is not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
