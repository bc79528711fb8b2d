package dev.switchboard.bench.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces offers to the deliveries topic at a fixed rate whatever the consumers do (open loop): the schedule, not
 * the acknowledgements, decides when the next one is due, and a record due while the producer was held up goes
 * out at once, still stamped with the time it was due. Producer settings are the router's for deliveries
 * (acks=all, idempotent) but linger.ms=1 instead of the client's default 5 ms, so the producer's own batching wait
 * stays a small part of the push latency of both servers alike.
 */
final class OpenLoopProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final BenchOffers offers;

    OpenLoopProducer(String bootstrapServers, String topic, BenchOffers offers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "1"),
                new StringSerializer(), new StringSerializer());
        this.topic = topic;
        this.offers = offers;
    }

    /** What one step sent: records handed to the producer, and of those the broker acknowledged or refused. */
    record Sent(long records, long acknowledged, long failed) {
    }

    /** Sends {@code rate} offers a second for {@code duration}, from {@code startNanos}, then waits for the acks. */
    Sent offer(int step, int rate, Duration duration, long startNanos) {
        long intervalNanos = 1_000_000_000L / rate;
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        for (int sequence = 0; sequence < total; sequence++) {
            long intended = startNanos + sequence * intervalNanos;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            producer.send(new ProducerRecord<>(topic, offers.agentOf(sequence), offers.json(step, sequence, intended)),
                    (metadata, error) -> (error == null ? acknowledged : failed).incrementAndGet());
        }
        producer.flush();
        return new Sent(total, acknowledged.get(), failed.get());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
