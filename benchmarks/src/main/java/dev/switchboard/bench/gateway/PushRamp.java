package dev.switchboard.bench.gateway;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;

/**
 * Runs the same ramp against each server in turn: N agents connected, a warm-up (not reported), then each rate for
 * one step, stopping after the first step the server does not keep up with. A step ends once every produced delivery has arrived,
 * or nothing has arrived for {@link #QUIET}: what is missing then is lost.
 */
final class PushRamp {

    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration DRAIN_BOUND = Duration.ofSeconds(60);
    private static final long FIRST_SEND_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long RSS_EVERY_MILLIS = 250;

    private final PushOptions options;
    private final OpenLoopProducer producer;
    private final PrintStream progress;
    /** Step numbers run on across servers, so a frame that comes after its step is over is told apart. */
    private int nextStep;

    PushRamp(PushOptions options, OpenLoopProducer producer, PrintStream progress) {
        this.options = options;
        this.producer = producer;
        this.progress = progress;
    }

    PushPhase run(PushServer server) {
        double readyRss = server.use().rssMegabytes();
        progress.printf("%s: connecting %d agents%n", server.name(), options.agents());
        try (AgentSockets desks = AgentSockets.connect(options.agents(), server::connectOptions)) {
            server.awaitAgents(options.agents());
            double idleRss = server.use().rssMegabytes();
            double afterGcRss = server.use().rssAfterFullGcMegabytes();
            progress.printf("%s: %d agents live; RSS %.0f MiB ready, %.0f MiB with the agents connected, %.0f MiB "
                    + "after a full GC%n", server.name(), options.agents(), readyRss, idleRss, afterGcRss);
            step(server, desks, options.warmupRate(), options.warmup());
            List<PushStep> steps = new ArrayList<>();
            for (int rate : options.rates()) {
                PushStep step = step(server, desks, rate, options.step());
                steps.add(step);
                progress.printf("%s: %s%n", server.name(), line(step));
                if (!step.keepsUp(options)) {
                    break;
                }
            }
            return new PushPhase(server.name(), readyRss, idleRss, afterGcRss, steps, desks.closedByServer(), desks.unreadable());
        }
    }

    private PushStep step(PushServer server, AgentSockets desks, int rate, Duration duration) {
        PushTally tally = new PushTally(nextStep++, System.nanoTime() + FIRST_SEND_DELAY_NANOS);
        desks.countIn(tally);
        DoubleAccumulator peakRss = new DoubleAccumulator(Math::max, 0);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rss-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peakRss.accumulate(server.use().rssMegabytes()), 0, RSS_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        ProcessUse.Cpu before = server.use().cpu();
        OpenLoopProducer.Sent sent = producer.offer(tally.step(), rate, duration, tally.startNanos());
        drain(tally, sent.acknowledged());
        ProcessUse.Cores cores = before.until(server.use().cpu());
        sampler.shutdownNow();
        return new PushStep(rate, sent.records(), sent.failed(), tally.received(), tally.missingOf(sent.records()),
                tally.duplicated(), tally.receivedPerSecond(), tally.percentileMillis(50),
                tally.percentileMillis(99), tally.percentileMillis(99.9), tally.maxMillis(), sent.lagP99Millis(),
                sent.ackP99Millis(), cores, peakRss.get());
    }

    private static void drain(PushTally tally, long expected) {
        long deadline = System.nanoTime() + DRAIN_BOUND.toNanos();
        long seen = -1;
        long quietSince = System.nanoTime();
        while (tally.received() < expected && System.nanoTime() < deadline
                && System.nanoTime() - quietSince < QUIET.toNanos()) {
            long now = tally.received();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for deliveries", e);
            }
        }
    }

    static String line(PushStep step) {
        return String.format("offered %d/s, received %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms (p99 of it: "
                + "producer lag %.1f ms, Kafka ack %.1f ms), lost %d, duplicated %d, server %.2f cores, peak RSS "
                + "%.0f MiB", step.offeredRate(), step.receivedPerSecond(), step.p50Millis(), step.p99Millis(),
                step.maxMillis(), step.producerLagP99Millis(), step.kafkaAckP99Millis(), step.lost(),
                step.duplicated(), step.cores().server(), step.peakRssMegabytes());
    }
}
