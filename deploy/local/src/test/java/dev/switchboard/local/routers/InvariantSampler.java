package dev.switchboard.local.routers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the invariants that can be seen at an instant (no agent over capacity, one pending offer per conversation
 * and it matches the conversation) over and over while the routers work, keeping every violation with its time.
 */
public final class InvariantSampler implements AutoCloseable {

    private final Invariants invariants;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "invariant-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger samples = new AtomicInteger();

    public InvariantSampler(Invariants invariants) {
        this.invariants = invariants;
    }

    public void start(Duration every) {
        timer.scheduleWithFixedDelay(this::sample, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int samples() {
        return samples.get();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void sample() {
        Instant at = Instant.now();
        try {
            invariants.overCapacityNow().forEach(v -> violations.add(at + " over capacity: " + v));
            invariants.inconsistentPendingOffers().forEach(v -> violations.add(at + " pending offers: " + v));
            samples.incrementAndGet();
        } catch (RuntimeException e) {
            // A sample that cannot be read proves nothing; it must not pass for a clean one.
            violations.add(at + " sample failed: " + e.getMessage());
        }
    }
}
