package dev.switchboard.bench.ingest;

import java.time.Duration;
import java.util.function.LongConsumer;

import io.vertx.core.Vertx;

/**
 * A fixed-rate schedule on one Vert.x event loop: the schedule, not the answers, decides when the next request is
 * due, and each request carries its intended send time so latency can be charged from it (no coordinated
 * omission). Vert.x timers tick at most every millisecond; each tick sends every request that has come due.
 */
public final class OpenLoopSchedule {

    private final Vertx vertx;
    private final long intervalNanos;
    private final long total;
    private final long startNanos;
    private long scheduled;
    private long timer;

    public OpenLoopSchedule(Vertx vertx, int rate, Duration duration) {
        this.vertx = vertx;
        this.intervalNanos = 1_000_000_000L / rate;
        this.total = Math.max(1, rate * duration.toMillis() / 1000);
        this.startNanos = System.nanoTime();
    }

    public long startNanos() {
        return startNanos;
    }

    /**
     * Calls {@code send} with the intended time of each request as it comes due, then {@code finished} once the
     * last one was sent. Call on the event loop.
     */
    public void run(LongConsumer send, Runnable finished) {
        timer = vertx.setPeriodic(1, id -> sendDue(send, finished));
        sendDue(send, finished);
    }

    /** Whether every request of the schedule has been sent. */
    public boolean allSent() {
        return scheduled == total;
    }

    private void sendDue(LongConsumer send, Runnable finished) {
        if (allSent()) {
            return;
        }
        long now = System.nanoTime();
        while (scheduled < total && startNanos + scheduled * intervalNanos <= now) {
            send.accept(startNanos + scheduled * intervalNanos);
            scheduled++;
        }
        if (allSent()) {
            vertx.cancelTimer(timer);
            finished.run();
        }
    }
}
