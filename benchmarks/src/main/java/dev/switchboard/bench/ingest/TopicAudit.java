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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.MessageFlag;

/**
 * Reads the whole topic after the run and holds it against the accepted posts: every record an accepted post should
 * yield ({@link Bodies#yields}) must be there exactly once, statuses as status updates and messages as messages. A
 * post that failed or timed out may still have been published; that is counted, not an error. Records of other runs
 * on the same broker are skipped. Also measures the records this run published (key, value and headers), the size
 * Kafka's own producer is then run with.
 */
record TopicAudit(long acknowledged, long expected, long records, long lost, long duplicated,
        long publishedWithout202, long statuses, long wrongKind, double meanRecordBytes) {

    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final String STATUS = MessageFlag.STATUS_UPDATE.name();

    boolean clean() {
        return lost == 0 && duplicated == 0 && wrongKind == 0;
    }

    static TopicAudit check(String bootstrapServers, String topic, Bodies bodies, PostLog log) {
        BitSet expected = new BitSet();
        log.accepted().stream().forEach(n -> expected.set((int) Bodies.record(n, 0), (int) Bodies.record(n,
                bodies.yields(n))));
        BitSet seen = new BitSet();
        long records = 0;
        long duplicated = 0;
        long statuses = 0;
        long wrongKind = 0;
        long bytes = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Every accepted post was answered after its records were acknowledged, so they lie below today's end.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + BOUND);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode message = read(record.value());
                    long key = bodies.recordOf(message.path("providerMessageId").asText(null));
                    if (key < 0) {
                        continue;
                    }
                    records++;
                    bytes += size(record);
                    if (seen.get((int) key)) {
                        duplicated++;
                    }
                    seen.set((int) key);
                    boolean status = isStatus(message);
                    if (status) {
                        statuses++;
                    }
                    if (status != bodies.isStatus(key)) {
                        wrongKind++;
                    }
                }
            }
        }
        BitSet lost = (BitSet) expected.clone();
        lost.andNot(seen);
        BitSet extra = (BitSet) seen.clone();
        extra.andNot(expected);
        return new TopicAudit(log.accepted().cardinality(), expected.cardinality(), records, lost.cardinality(),
                duplicated, extra.cardinality(), statuses, wrongKind, records == 0 ? 0 : (double) bytes / records);
    }

    private static boolean isStatus(JsonNode message) {
        for (JsonNode flag : message.path("flags")) {
            if (STATUS.equals(flag.asText())) {
                return true;
            }
        }
        return false;
    }

    private static long size(ConsumerRecord<byte[], byte[]> record) {
        long size = record.value().length + (record.key() == null ? 0 : record.key().length);
        for (Header header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static JsonNode read(byte[] json) {
        try {
            return ContractJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a record that is not an InboundMessage", e);
        }
    }
}
