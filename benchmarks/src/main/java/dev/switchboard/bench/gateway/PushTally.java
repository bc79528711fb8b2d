package dev.switchboard.bench.gateway;

import java.util.BitSet;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * What arrived at the agents during one step: each delivery's push latency from its intended send time (so a stall
 * is charged for every delivery that should have gone out meanwhile: no coordinated omission), and which deliveries
 * came, so those missing and those that came twice can be counted. The agents' event loop records; the benchmark
 * reads once the step has drained.
 */
final class PushTally {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final int step;
    private final long startNanos;
    private final BitSet arrived = new BitSet();
    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private long received;
    private long duplicated;
    private long stray;
    private long lastArrivalNanos;

    PushTally(int step, long startNanos) {
        this.step = step;
        this.startNanos = startNanos;
        this.lastArrivalNanos = startNanos;
    }

    int step() {
        return step;
    }

    long startNanos() {
        return startNanos;
    }

    /** A frame that names this step's delivery {@code sequence}, meant to go out at {@code intendedNanos}. */
    synchronized void arrived(int frameStep, int sequence, long intendedNanos, long arrivalNanos) {
        if (frameStep != step) {
            stray++;
            return;
        }
        if (arrived.get(sequence)) {
            duplicated++;
            return;
        }
        arrived.set(sequence);
        received++;
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, (arrivalNanos - intendedNanos) / 1000)));
        lastArrivalNanos = Math.max(lastArrivalNanos, arrivalNanos);
    }

    /** Distinct deliveries of this step that arrived. */
    synchronized long received() {
        return received;
    }

    synchronized long duplicated() {
        return duplicated;
    }

    /** Frames of another step (one that came after its step was over). */
    synchronized long stray() {
        return stray;
    }

    /** Of the first {@code sent} deliveries, those that never arrived. */
    synchronized long missingOf(long sent) {
        return sent - arrived.get(0, (int) sent).cardinality();
    }

    /** Received per second, from the step's first intended send to its last arrival. */
    synchronized double receivedPerSecond() {
        long elapsed = lastArrivalNanos - startNanos;
        return elapsed <= 0 ? 0 : received * 1e9 / elapsed;
    }

    synchronized double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }
}
