package dev.switchboard.bench.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

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

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    /**
     * What one step sent: records handed to the producer, those the broker acknowledged or refused, and at p99 how
     * late the producer handed a record over (this JVM's own lag) and how long the broker took to acknowledge one:
     * the parts of the push latency that are not the server's.
     */
    record Sent(long records, long acknowledged, long failed, double lagP99Millis, double ackP99Millis) {
    }

    /** Sends {@code rate} offers a second for {@code duration}, from {@code startNanos}, then waits for the acks. */
    Sent offer(int step, int rate, Duration duration, long startNanos) {
        long intervalNanos = 1_000_000_000L / rate;
        int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Histogram lag = new Histogram(MAX_MICROS, 2);
        Histogram ack = new Histogram(MAX_MICROS, 2);
        for (int sequence = 0; sequence < total; sequence++) {
            long intended = startNanos + sequence * intervalNanos;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long sent = System.nanoTime();
            lag.recordValue(Math.min(MAX_MICROS, (sent - intended) / 1000));
            producer.send(new ProducerRecord<>(topic, offers.agentOf(sequence), offers.json(step, sequence, intended)),
                    (metadata, error) -> {
                        // Callbacks run one at a time on the producer's I/O thread.
                        ack.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - sent) / 1000));
                        (error == null ? acknowledged : failed).incrementAndGet();
                    });
        }
        producer.flush();
        return new Sent(total, acknowledged.get(), failed.get(), lag.getValueAtPercentile(99) / 1000.0,
                ack.getValueAtPercentile(99) / 1000.0);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
