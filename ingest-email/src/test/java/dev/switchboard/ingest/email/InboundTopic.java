package dev.switchboard.ingest.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.KafkaBroker;

/**
 * Everything on the inbound topic right now, read up to each partition's end offset. Since ingest answers only
 * after Kafka acknowledged, a request that published anything has it in here by the time it was answered: this
 * proves "nothing was published" without waiting for a quiet period.
 */
final class InboundTopic {

    private InboundTopic() {
    }

    static List<InboundMessage> readToEnd() {
        List<InboundMessage> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INBOUND).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + Topics.INBOUND + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    all.add(parse(record.value()));
                }
            }
        }
        return all;
    }

    private static InboundMessage parse(String json) {
        try {
            return ContractJson.mapper().readValue(json, InboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not an InboundMessage: " + e.getMessage());
        }
    }
}
