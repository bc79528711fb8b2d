package dev.switchboard.router.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.persistence.QueueRepository.QueueDepth;
import dev.switchboard.router.persistence.QueueRepository.SkillDepth;
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
    private final MultiGauge skillDepth;
    private final MultiGauge skillOldestWait;
    private final AtomicLong agentsAvailable = new AtomicLong();
    private final Timer decidedOffered;
    private final Timer decidedQueued;

    public RouterMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queueDepth = MultiGauge.builder("switchboard.router.queue.depth")
                .description("Conversations waiting, per channel and language").register(registry);
        this.oldestWait = MultiGauge.builder("switchboard.router.queue.oldest.wait").baseUnit("seconds")
                .description("How long the longest-waiting conversation has waited, per channel and language")
                .register(registry);
        this.skillDepth = MultiGauge.builder("switchboard.router.queue.skill.depth")
                .description("Conversations waiting, per required skill and language; one needing two skills "
                        + "counts under each, one needing none under skill=none")
                .register(registry);
        this.skillOldestWait = MultiGauge.builder("switchboard.router.queue.skill.oldest.wait").baseUnit("seconds")
                .description("How long the longest-waiting conversation has waited, per required skill and language")
                .register(registry);
        this.decidedOffered = decisionTimer(registry, "offered");
        this.decidedQueued = decisionTimer(registry, "queued");
        Gauge.builder("switchboard.router.agents.available", agentsAvailable, AtomicLong::get)
                .description("Agents whose presence is AVAILABLE").register(registry);
    }

    /** Times one routing decision, tagged by whether it made an offer. */
    <T> Uni<T> timeDecision(Supplier<Uni<T>> decision, Predicate<T> offered) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return decision.get().invoke(result -> (offered.test(result) ? decidedOffered : decidedQueued)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        });
    }

    /** Registered once per outcome: building and looking up a meter on every decision costs more than timing it. */
    private static Timer decisionTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("switchboard.router.decision")
                .description("Time to decide where a conversation goes, locks included")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }

    void queue(List<QueueDepth> rows, Instant now) {
        queueDepth.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row), row.depth())).toList(), true);
        oldestWait.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row),
                waitSeconds(row.oldestSince(), now))).toList(), true);
    }

    void queueBySkill(List<SkillDepth> rows, Instant now) {
        skillDepth.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row), row.depth())).toList(), true);
        skillOldestWait.register(rows.stream().map(row -> MultiGauge.Row.of(tags(row),
                waitSeconds(row.oldestSince(), now))).toList(), true);
    }

    void agentsAvailable(long count) {
        agentsAvailable.set(count);
    }

    /** A record given up to the dead-letter topic. */
    public void deadLettered(String topic) {
        registry.counter("switchboard.router.dead.lettered", "topic", topic).increment();
    }

    private static double waitSeconds(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toMillis()) / 1000.0;
    }

    private static Tags tags(SkillDepth row) {
        return Tags.of("skill", row.skill(), "language", row.language());
    }

    private static Tags tags(QueueDepth row) {
        return Tags.of("channel", row.channel().name().toLowerCase(Locale.ROOT), "language",
                row.language());
    }
}
