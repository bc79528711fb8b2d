package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;

/**
 * Reads the whole topic after the run and holds it against the 202s: every acknowledged post must be there exactly
 * once. A post that failed or timed out may still have been published; that is counted, not an error.
 */
record TopicAudit(long acknowledged, long records, long lost, long duplicated, long publishedWithout202) {

    private static final Duration BOUND = Duration.ofSeconds(120);

    boolean clean() {
        return lost == 0 && duplicated == 0;
    }

    static TopicAudit check(String bootstrapServers, String topic, ChatBodies posts) {
        BitSet seen = new BitSet();
        long records = 0;
        long duplicated = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Every 202 was answered after its record was acknowledged, so it lies below today's end offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + BOUND);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    int n = posts.sequenceOf(providerMessageId(record.value()));
                    if (n < 0) {
                        continue;
                    }
                    records++;
                    if (seen.get(n)) {
                        duplicated++;
                    }
                    seen.set(n);
                }
            }
        }
        BitSet lost = (BitSet) posts.acked().clone();
        lost.andNot(seen);
        BitSet extra = (BitSet) seen.clone();
        extra.andNot(posts.acked());
        return new TopicAudit(posts.acked().cardinality(), records, lost.cardinality(), duplicated,
                extra.cardinality());
    }

    private static String providerMessageId(byte[] json) {
        try {
            JsonNode id = ContractJson.mapper().readTree(json).get("providerMessageId");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            throw new UncheckedIOException("a record that is not an InboundMessage", e);
        }
    }
}
