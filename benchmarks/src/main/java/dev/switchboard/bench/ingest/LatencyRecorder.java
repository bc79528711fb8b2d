package dev.switchboard.bench.ingest;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Latency of one step, from each request's intended send time (not from when it was actually sent), so a server
 * that stalls is charged for every request that should have gone out meanwhile: no coordinated omission.
 * Used from the driver's event-loop thread only.
 */
final class LatencyRecorder {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private final long startNanos;
    private long accepted;
    private long records;
    private long acceptedBytes;
    private long failed;
    private long shed;
    private long lastCompletionNanos;
    private String firstFailure;

    LatencyRecorder(long startNanos) {
        this.startNanos = startNanos;
        this.lastCompletionNanos = startNanos;
    }

    /** An accepted request whose body had {@code bytes} and should publish {@code records} records. */
    void recordAccepted(long intendedNanos, long completedNanos, int records, int bytes) {
        accepted++;
        this.records += records;
        this.acceptedBytes += bytes;
        record(intendedNanos, completedNanos);
    }

    void recordFailed(long intendedNanos, long completedNanos, String reason) {
        failed++;
        if (firstFailure == null) {
            firstFailure = reason;
        }
        record(intendedNanos, completedNanos);
    }

    /** A request the driver did not send because too many were already waiting. */
    void recordShed() {
        shed++;
    }

    long accepted() {
        return accepted;
    }

    /** The records the accepted requests should have published. */
    long records() {
        return records;
    }

    /** The request bodies' bytes of the accepted requests. */
    long acceptedBytes() {
        return acceptedBytes;
    }

    long failed() {
        return failed;
    }

    long shed() {
        return shed;
    }

    /** What went wrong with the first failed request, or null. */
    String firstFailure() {
        return firstFailure;
    }

    /** From the first intended send to the last answer. */
    long elapsedNanos() {
        return lastCompletionNanos - startNanos;
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    private void record(long intendedNanos, long completedNanos) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, (completedNanos - intendedNanos) / 1000)));
        lastCompletionNanos = Math.max(lastCompletionNanos, completedNanos);
    }
}
