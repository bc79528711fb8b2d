package dev.switchboard.bench.ingest;

import java.io.PrintStream;

/**
 * The results of one service's whole-path run, and the tables docs/benchmarks.md quotes. A post may publish several
 * records (a batched webhook), so the ratio to Kafka's own producer is taken in records/s.
 */
record PathReport(String service, String unit, RampOptions options, RampResult ramp, TopicAudit audit,
        int recordBytes, ProducerBaseline.Result producer, String loadBefore, String loadAfter) {

    /** Records/s at the highest step that held, 0 when none did. */
    double bestRecordRate() {
        return ramp.best() == null ? 0 : ramp.best().achievedRecordRate();
    }

    /** The service's sustained records/s ÷ Kafka's own producer's, records of the same size, same broker. */
    double overProducer() {
        return producer.recordsPerSecond() == 0 ? 0 : bestRecordRate() / producer.recordsPerSecond();
    }

    void print(PrintStream out) {
        out.printf("%n%s whole path, %d cores; load average before %s, after %s%n", service, CpuSplit.CORES,
                loadBefore, loadAfter);
        out.printf("%n| offered %s/s | achieved/s | records/s | MB/s in | p50 ms | p99 ms | p99.9 ms | max ms "
                + "| failed | shed | holds | CPU cores: service / broker+JVM / driver / other |%n", unit);
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (StepResult step : ramp.steps()) {
            out.printf("| %d | %.0f | %.0f | %.2f | %.1f | %.1f | %.1f | %.1f | %d | %d | %s | %.2f / %.2f / %.2f "
                    + "/ %.2f |%n", step.offeredRate(), step.achievedRate(), step.achievedRecordRate(),
                    step.acceptedMegabytesPerSecond(), step.p50Millis(), step.p99Millis(), step.p999Millis(),
                    step.maxMillis(), step.failed(), step.shed(), step.holds(options) ? "yes" : "no",
                    step.cpu().service(), step.cpu().brokerAndJvm(), step.cpu().driver(),
                    step.cpu().otherProcesses());
        }
        StepResult best = ramp.best();
        out.printf("%nHighest rate held (p99 < %.0f ms, >= %.0f %% of offered accepted, no failure): %s%d %s/s%s%n",
                options.p99BoundMillis(), options.minAchievedShare() * 100, ramp.saturated() ? "" : ">= ",
                ramp.bestRate(), unit, ramp.saturated() ? "" : " (never saturated: raise --rates)");
        if (best != null) {
            out.printf("  there: %.0f records/s, %.2f MB/s posted, %.2f MB/s published, p50 %.1f ms, p99 %.1f ms%n",
                    best.achievedRecordRate(), best.acceptedMegabytesPerSecond(),
                    best.achievedRecordRate() * audit.meanRecordBytes() / 1e6, best.p50Millis(), best.p99Millis());
        }
        out.printf("Kafka producer (ProducerPerformance, %d B records = the mean published, acks=all, idempotent, "
                + "linger.ms=5): %.0f records/s (%.1f MB/s), p99 %.0f ms, machine busy %.2f cores%n", recordBytes,
                producer.recordsPerSecond(), producer.megabytesPerSecond(), producer.p99Millis(),
                producer.machineBusyCores());
        out.printf("Ratio: %s records/s / Kafka producer records/s = %s%.2f%n", service,
                ramp.saturated() ? "" : ">= ", overProducer());
        out.printf("Topic check: %d %s accepted, %d records expected, %d found (%d status updates), lost %d, "
                + "duplicated %d, of the wrong kind %d, published without a 2xx %d: %s%n", audit.acknowledged(), unit,
                audit.expected(), audit.records(), audit.statuses(), audit.lost(), audit.duplicated(),
                audit.wrongKind(), audit.publishedWithout202(), audit.clean() ? "clean" : "NOT CLEAN");
    }
}
