package dev.switchboard.bench.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * One rate step of the whole system: the posts at the HTTP edge, the end-to-end latency of those that started (or
 * reopened) a conversation, from the post's intended send time to the offer frame on an agent's socket (a
 * conversation still queued at the end counts with its wait so far), Kafka's own end-to-end latency at the same
 * rate, and what each process of the stack used.
 */
record StepOutcome(
        SystemDriver.Step edge,
        double seconds,
        long recordsAccepted,
        Histogram endToEnd,
        long offered,
        long stillWaiting,
        KafkaEndToEnd.Result kafka,
        Map<String, StackUsage.Use> usage) {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(30);

    static StepOutcome of(SystemDriver.Step edge, SystemDriver driver, MixedBodies bodies,
            RouterAudit.Result audit, long auditNanos, KafkaEndToEnd.Result kafka, Map<String, StackUsage.Use> usage) {
        Histogram endToEnd = new Histogram(MAX_MICROS, 3);
        long offered = 0;
        for (RouterAudit.Traced traced : audit.traced()) {
            if (inStep(edge, traced.post())) {
                endToEnd.recordValue(clamp(traced.latencyNanos()));
                offered++;
            }
        }
        List<Integer> waiting = audit.waitingPosts().stream().filter(post -> inStep(edge, post)).toList();
        waiting.forEach(post -> endToEnd.recordValue(clamp(auditNanos - driver.intendedNanos(post))));
        long records = 0;
        var accepted = driver.accepted();
        for (int n = edge.firstPost(); n < edge.endPost(); n++) {
            if (accepted.get(n)) {
                records += bodies.yields(n);
            }
        }
        double seconds = Math.max(edge.elapsedNanos(), 1) / 1e9;
        return new StepOutcome(edge, seconds, records, endToEnd, offered, waiting.size(), kafka, usage);
    }

    private static boolean inStep(SystemDriver.Step edge, int post) {
        return post >= edge.firstPost() && post < edge.endPost();
    }

    private static long clamp(long nanos) {
        return Math.min(MAX_MICROS, Math.max(0, nanos / 1000));
    }

    double postsPerSecond() {
        return edge.accepted() / seconds;
    }

    double recordsPerSecond() {
        return recordsAccepted / seconds;
    }

    double e2eMillis(double percentile) {
        return endToEnd.getTotalCount() == 0 ? Double.NaN : endToEnd.getValueAtPercentile(percentile) / 1000.0;
    }

    double e2eMaxMillis() {
        return endToEnd.getTotalCount() == 0 ? Double.NaN : endToEnd.getMaxValue() / 1000.0;
    }

    /** Our p99 over Kafka's; Kafka's whole milliseconds are taken as at least 1 ms. */
    double p99OverKafka() {
        return e2eMillis(99) / Math.max(1, kafka.p99Millis());
    }

    /** Every post accepted at the offered rate, nothing shed, every conversation offered. */
    boolean holds() {
        return edge.failed() == 0 && edge.shed() == 0 && postsPerSecond() >= 0.95 * edge.rate() && stillWaiting == 0;
    }

    /** CPU-seconds a process used per 1,000 posts accepted in this step. */
    double cpuSecondsPerThousand(String process) {
        StackUsage.Use use = usage.get(process);
        return use == null || edge.accepted() == 0 ? 0 : use.cpuSeconds() * 1000 / edge.accepted();
    }
}
