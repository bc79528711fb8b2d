package dev.switchboard.bench.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.bench.ingest.ProducerBaseline;
import dev.switchboard.bench.ingest.RampResult;

/**
 * The whole-system benchmark's results: the baselines measured in the same run, each step's rates, latencies and
 * ratios, what each process of the stack used, the audit, and the goals met or missed. Written as markdown with
 * the latency plot beside it.
 */
record SystemReport(
        SystemOptions options,
        Instant startedAt,
        String loadBefore,
        String loadAfter,
        ProducerBaseline.Result producer,
        RampResult bare,
        List<StepOutcome> steps,
        RouterAudit.Result audit,
        long repeatedOfferFrames,
        Map<String, Long> errorFrames,
        long socketsOpen,
        int agents) {

    static final String TABLE = "system-benchmark.md";
    static final String PLOT = "system-latency.png";
    private static final double MB = 1024 * 1024;

    /** Nothing lost or doubled: every accepted post's records stored once, no conversation held twice. */
    boolean clean() {
        return audit.clean() && repeatedOfferFrames == 0;
    }

    /** The highest step that held, or null. */
    StepOutcome best() {
        return steps.stream().filter(StepOutcome::holds).reduce((first, last) -> last).orElse(null);
    }

    /**
     * The bare endpoint's rate for the ratio: the highest rate it held, or, when it held none (a loaded machine),
     * the most it answered per second in any step.
     */
    double bareRate() {
        return bare.bestRate() > 0 ? bare.bestRate()
                : bare.steps().stream().mapToDouble(s -> s.achievedRate()).max().orElse(0);
    }

    /** Writes the table and the plot into {@code dir}; returns the table's path. */
    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path table = dir.resolve(TABLE);
            Files.writeString(table, markdown());
            LatencyPlot.write(steps, dir.resolve(PLOT));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Whole system benchmark (issue 10)\n\n");
        out.append(String.format(Locale.ROOT, "Run %s UTC, %d cores, load average %s before and %s after "
                + "(1, 5, 15 min). %d agents over WebSockets, handle time %d ms; steps of %d s after %d s at %d/s.%n%n",
                startedAt.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), loadBefore,
                loadAfter, agents, options.handleTime().toMillis(), options.step().toSeconds(),
                options.warmup().toSeconds(), options.warmupRate()));
        out.append("## Baselines (same broker, same run)\n\n");
        out.append(String.format(Locale.ROOT, "- Kafka ProducerPerformance, 1,024 B, acks=all, idempotent, "
                + "linger.ms=1, full speed: **%,.0f records/s** (%.1f MB/s)%n", producer.recordsPerSecond(),
                producer.megabytesPerSecond()));
        out.append(bare.bestRate() > 0
                ? String.format(Locale.ROOT, "- Bare Quarkus endpoint, highest rate held (p99 < 50 ms): "
                        + "**%,d req/s**%s%n", bare.bestRate(), bare.saturated() ? "" : " (not saturated: a lower bound)")
                : String.format(Locale.ROOT, "- Bare Quarkus endpoint: held no rate (p99 < 50 ms); at most **%,.0f "
                        + "req/s** answered, which the ratio uses%n", bareRate()));
        out.append("- Kafka EndToEndLatency (1,024 B, acks=all) while ProducerPerformance sends 1 KB records at the "
                + "step's rate: see the steps.\n\n");
        out.append("## Steps\n\n");
        out.append("| offered msg/s | accepted posts/s | records/s | failed | shed | POST p99 ms | offers traced"
                + " | still queued | e2e p50 ms | e2e p99 ms | e2e p99.9 ms | e2e max ms | Kafka e2e p50 / p99 / p99.9 ms"
                + " | e2e p99 ÷ Kafka p99 | records/s ÷ producer | posts/s ÷ bare | holds |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
        for (StepOutcome step : steps) {
            out.append(String.format(Locale.ROOT,
                    "| %d | %.1f | %.1f | %d | %d | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %d / %d / %d | %.1f"
                            + " | %.4f | %.4f | %s |%n",
                    step.edge().rate(), step.postsPerSecond(), step.recordsPerSecond(), step.edge().failed(),
                    step.edge().shed(), step.edge().answers().getValueAtPercentile(99) / 1000.0, step.offered(),
                    step.stillWaiting(), step.e2eMillis(50), step.e2eMillis(99), step.e2eMillis(99.9),
                    step.e2eMaxMillis(), step.kafka().p50Millis(), step.kafka().p99Millis(),
                    step.kafka().p999Millis(), step.p99OverKafka(),
                    step.recordsPerSecond() / producer.recordsPerSecond(),
                    bareRate() == 0 ? Double.NaN : step.postsPerSecond() / bareRate(),
                    step.holds() ? "yes" : "no"));
        }
        out.append("\nA step holds when every post was accepted at ≥ 95 % of the offered rate, nothing was shed and "
                + "every conversation it started was offered by the end. Latencies are from each post's intended send"
                + " time (open loop, no coordinated omission); a conversation still queued at the end counts with its"
                + " wait so far.\n\n");
        out.append("## Resources per process\n\n");
        out.append("| process | peak RSS MB (all steps) |");
        steps.forEach(s -> out.append(" CPU-s per 1,000 msgs at ").append(s.edge().rate()).append("/s |"));
        out.append("\n|---|---:|");
        steps.forEach(s -> out.append("---:|"));
        out.append('\n');
        long totalPeak = 0;
        for (String process : steps.get(0).usage().keySet()) {
            long peak = steps.stream().mapToLong(s -> s.usage().get(process).peakRssBytes()).max().orElse(0);
            totalPeak += peak;
            out.append(String.format(Locale.ROOT, "| %s | %.0f |", process, peak / MB));
            for (StepOutcome step : steps) {
                out.append(String.format(Locale.ROOT, " %.2f |", step.cpuSecondsPerThousand(process)));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "| **stack (sum of peaks)** | **%.0f** |%s%n%n", totalPeak / MB,
                " |".repeat(steps.size())));
        out.append("PostgreSQL is the machine's shared server and is not counted; the benchmark's own JVM (load "
                + "driver, agents' sockets) is not part of the stack either.\n\n");
        out.append("## Audit\n\n");
        out.append(String.format(Locale.ROOT, "- posts accepted %,d; records expected %,d, stored by the router "
                + "%,d; **not stored %d, duplicated %d**; stored without a 2xx %d; not this run's %d%n",
                audit.postsAccepted(), audit.recordsExpected(), audit.recordsStored(), audit.lost(),
                audit.duplicated(), audit.storedWithout2xx(), audit.foreign()));
        if (audit.lost() > 0) {
            out.append(String.format(Locale.ROOT, "- when the drain ended the router had %,d inbound records still "
                    + "unread (its consumer lag): %s%n", audit.unreadByRouter(), audit.lost() <= audit.unreadByRouter()
                    ? "every record not stored may be late rather than lost; a longer --drain-seconds settles it"
                    : "more records are missing than it has left to read: **lost**"));
        }
        out.append(String.format(Locale.ROOT, "- conversations %,d: closed %,d, assigned %,d, offered %,d, "
                + "queued %,d; assigned twice %d; offer frames repeated on a socket %d%n", audit.conversations(),
                audit.closed(), audit.assigned(), audit.offered(), audit.queued(), audit.assignedTwice(),
                repeatedOfferFrames));
        out.append(String.format(Locale.ROOT, "- agents' sockets open at the end %d of %d; error frames %s%n%n",
                socketsOpen, agents, errorFrames.isEmpty() ? "none" : errorFrames));
        out.append("## Where the time goes\n\n");
        RouterAudit.Split split = audit.split();
        out.append(String.format(Locale.ROOT, "From the router's own timestamps, over every conversation offered: "
                + "ingest receiving its first message → the router starting the conversation (Kafka and the "
                + "router's intake) p50 %.0f ms, p99 %.0f ms; → its first offer (waiting for an agent who fits) "
                + "p50 %.0f ms, p99 %.0f ms. Conversations by the routing stage they reached: %s.%n%n",
                split.intakeP50(), split.intakeP99(), split.toOfferP50(), split.toOfferP99(),
                new java.util.TreeMap<>(audit.stages())));
        out.append("## Goals\n\n");
        StepOutcome best = best();
        out.append("| goal | measured | |\n|---|---|---|\n");
        double ingestRatio = best == null ? 0 : best.recordsPerSecond() / producer.recordsPerSecond();
        goal(out, "ingest ÷ raw producer ≥ 0.35", best == null ? "no step held"
                : String.format(Locale.ROOT, "%.4f (%.1f records/s at %d msg/s)", ingestRatio,
                        best.recordsPerSecond(), best.edge().rate()), ingestRatio >= 0.35);
        double worstRatio = steps.stream().filter(StepOutcome::holds).mapToDouble(StepOutcome::p99OverKafka).max()
                .orElse(Double.NaN);
        goal(out, "end-to-end p99 ÷ Kafka end-to-end p99 ≤ 4 (steps that held)",
                String.format(Locale.ROOT, "%.1f", worstRatio), worstRatio <= 4);
        long worstService = 0;
        String worstName = "";
        for (String process : steps.get(0).usage().keySet()) {
            long peak = steps.stream().mapToLong(s -> s.usage().get(process).peakRssBytes()).max().orElse(0);
            if (!process.equals("kafka") && peak > worstService) {
                worstService = peak;
                worstName = process;
            }
        }
        goal(out, "each service ≤ 250 MB RSS under load", String.format(Locale.ROOT, "largest %s %.0f MB",
                worstName, worstService / MB), worstService <= 250 * MB);
        goal(out, "whole local stack ≤ 3 GB", String.format(Locale.ROOT, "%.0f MB", totalPeak / MB),
                totalPeak <= 3072 * MB);
        goal(out, "lost = duplicated = 0", Math.max(0, audit.lost() - audit.unreadByRouter()) + " / "
                + (audit.duplicated() + audit.assignedTwice() + repeatedOfferFrames)
                + (audit.lost() > 0 ? " (" + audit.lost() + " not stored yet, " + audit.unreadByRouter()
                        + " unread by the router)" : ""), clean());
        return out.toString();
    }

    private static void goal(StringBuilder out, String goal, String measured, boolean met) {
        out.append("| ").append(goal).append(" | ").append(measured).append(" | ")
                .append(met ? "met" : "**missed**").append(" |\n");
    }
}
