package dev.switchboard.bench.ingest;

import java.io.PrintStream;

/** The results of one run, and the table and ratios docs/benchmarks.md quotes. */
record BenchReport(BenchOptions options, ProducerBaseline.Result producer, RampResult bare, RampResult ingest,
        TopicAudit audit, String loadBefore, String loadAfter) {

    static final double BARE_GOAL = 0.8;
    static final double PRODUCER_GOAL = 0.35;

    /** ingest's sustained rate ÷ the bare endpoint's. */
    double ingestOverBare() {
        return bare.bestRate() == 0 ? 0 : (double) ingest.bestRate() / bare.bestRate();
    }

    /** ingest's sustained rate ÷ Kafka's own producer's records/s on the same broker. */
    double ingestOverProducer() {
        return producer.recordsPerSecond() == 0 ? 0 : ingest.bestRate() / producer.recordsPerSecond();
    }

    /**
     * The most ingest could sustain on these cores if each request cost exactly the bare endpoint's work plus one
     * record of Kafka's own producer (client and broker), both measured at saturation in this run: the machine
     * spends 1/bare + 1/producer core-seconds-at-saturation per request, so the rate is the harmonic sum.
     */
    double combinedCeiling() {
        return bare.bestRate() == 0 || producer.recordsPerSecond() == 0 ? 0
                : 1 / (1.0 / bare.bestRate() + 1 / producer.recordsPerSecond());
    }

    void print(PrintStream out) {
        out.printf("%nIngest whole path, %d cores; load average before %s, after %s%n", CpuSplit.CORES, loadBefore,
                loadAfter);
        out.printf("Kafka producer (ProducerPerformance, %d B records, acks=all, idempotent, linger.ms=5): "
                + "%.0f records/s (%.1f MB/s), p99 %.0f ms, machine busy %.2f cores%n", ChatBodies.TARGET_BYTES,
                producer.recordsPerSecond(), producer.megabytesPerSecond(), producer.p99Millis(),
                producer.machineBusyCores());
        out.printf("%n| endpoint | offered/s | achieved/s | p50 ms | p99 ms | p99.9 ms | max ms | failed | shed "
                + "| holds | CPU cores: service / broker+JVM / driver / other |%n");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (RampResult ramp : new RampResult[] { bare, ingest }) {
            for (StepResult step : ramp.steps()) {
                out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %s "
                        + "| %.2f / %.2f / %.2f / %.2f |%n", ramp.endpoint(), step.offeredRate(), step.achievedRate(), step.p50Millis(), step.p99Millis(),
                        step.p999Millis(), step.maxMillis(), step.failed(), step.shed(),
                        step.holds(options.ramp()) ? "yes" : "no", step.cpu().service(), step.cpu().brokerAndJvm(),
                        step.cpu().driver(), step.cpu().otherProcesses());
            }
        }
        out.printf("%nHighest rate held (p99 < %.0f ms, >= %.0f %% of offered answered 202, no failure):%n",
                options.ramp().p99BoundMillis(), options.ramp().minAchievedShare() * 100);
        out.println("  " + best(bare));
        out.println("  " + best(ingest));
        out.printf("Ratios:%n  ingest / bare endpoint  = %s%.2f (goal >= %.2f) %s%n", bound(ingest, bare),
                ingestOverBare(), BARE_GOAL, verdict(ingestOverBare(), BARE_GOAL));
        out.printf("  ingest / Kafka producer = %s%.2f (goal >= %.2f) %s%n", ingest.saturated() ? "" : ">= ",
                ingestOverProducer(), PRODUCER_GOAL, verdict(ingestOverProducer(), PRODUCER_GOAL));
        out.printf("Ceiling on these cores (bare endpoint's work + one Kafka record per request) = %.0f req/s:%n"
                + "  ingest / bare endpoint cannot exceed %.2f here; ingest / ceiling = %.2f%n", combinedCeiling(),
                bare.bestRate() == 0 ? 0 : combinedCeiling() / bare.bestRate(),
                combinedCeiling() == 0 ? 0 : ingest.bestRate() / combinedCeiling());
        out.printf("Topic check: %d acknowledged, %d records, lost %d, duplicated %d, published without a 202 %d: %s%n",
                audit.acknowledged(), audit.records(), audit.lost(), audit.duplicated(), audit.publishedWithout202(),
                audit.clean() ? "clean" : "NOT CLEAN");
    }

    static String stepLine(StepResult step, RampOptions options) {
        return String.format("offered %d/s, achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, failed %d%s, "
                + "shed %d, %s; CPU %s", step.offeredRate(), step.achievedRate(), step.p50Millis(), step.p99Millis(),
                step.maxMillis(), step.failed(), step.firstFailure() == null ? "" : " (first: " + step.firstFailure()
                        + ")", step.shed(), step.holds(options) ? "holds" : "does not hold", step.cpu());
    }

    private static String best(RampResult ramp) {
        return String.format("%-14s %s%d req/s%s", ramp.endpoint(), ramp.saturated() ? "" : ">= ", ramp.bestRate(),
                ramp.saturated() ? "" : " (never saturated: raise --rates)");
    }

    /** An unsaturated bare endpoint makes the ratio an upper bound, an unsaturated ingest a lower one. */
    private static String bound(RampResult ingest, RampResult bare) {
        if (ingest.saturated() == bare.saturated()) {
            return ingest.saturated() ? "" : "~ ";
        }
        return ingest.saturated() ? "<= " : ">= ";
    }

    private static String verdict(double ratio, double goal) {
        return ratio >= goal ? "met" : "MISSED";
    }
}
