package dev.switchboard.router.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.persistence.QueueRepository.QueueDepth;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * The router's own meters. Queue and agent gauges are read from PostgreSQL by the queue sweep, so every instance
 * reports the same whole-system value: aggregate them with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class RouterMetrics {

    private final MeterRegistry registry;
    private final MultiGauge queueDepth;
    private final MultiGauge oldestWait;
    private final AtomicLong agentsAvailable = new AtomicLong();

    public RouterMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queueDepth = MultiGauge.builder("switchboard.router.queue.depth")
                .description("Conversations waiting, per channel and language").register(registry);
        this.oldestWait = MultiGauge.builder("switchboard.router.queue.oldest.wait").baseUnit("seconds")
                .description("How long the longest-waiting conversation has waited, per channel and language")
                .register(registry);
        Gauge.builder("switchboard.router.agents.available", agentsAvailable, AtomicLong::get)
                .description("Agents whose presence is AVAILABLE").register(registry);
    }

    /** Times one routing decision, tagged by whether it made an offer. */
    <T> Uni<T> timeDecision(Supplier<Uni<T>> decision, Predicate<T> offered) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return decision.get().invoke(result -> Timer.builder("switchboard.router.decision")
                    .description("Time to decide where a conversation goes, locks included")
                    .tag("outcome", offered.test(result) ? "offered" : "queued")
                    .publishPercentileHistogram()
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - start)));
        });
    }

    void queue(List<QueueDepth> rows, Instant now) {
        queueDepth.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row), row.depth())).toList(), true);
        oldestWait.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row),
                Math.max(0, Duration.between(row.oldestSince(), now).toMillis()) / 1000.0)).toList(), true);
    }

    void agentsAvailable(long count) {
        agentsAvailable.set(count);
    }

    /** A record given up to the dead-letter topic. */
    public void deadLettered(String topic) {
        registry.counter("switchboard.router.dead.lettered", "topic", topic).increment();
    }

    private static Tags tags(QueueDepth row) {
        return Tags.of("channel", row.channel().name().toLowerCase(Locale.ROOT), "language",
                row.language());
    }
}
