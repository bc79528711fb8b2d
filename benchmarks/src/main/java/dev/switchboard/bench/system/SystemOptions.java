package dev.switchboard.bench.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.switchboard.bench.ingest.Args;

/**
 * How the whole-system benchmark runs: the rates it steps through (messages/s over every channel), how long each
 * step lasts, how many agents take the work and how long they hold a conversation, the baselines' sizes, and where
 * the report goes.
 */
public record SystemOptions(
        List<Integer> rates,
        Duration step,
        int warmupRate,
        Duration warmup,
        int agents,
        Duration handleTime,
        Duration drain,
        int producerRecords,
        int e2eMessages,
        List<Integer> bareRates,
        Duration bareStep,
        Path repository,
        Path workDir,
        Path reportDir) {

    static final String USAGE = """
            java -cp benchmarks/target/benchmarks.jar dev.switchboard.bench.system.SystemBenchmark [--name=value ...]
              rates            messages/s over every channel, comma-separated (default 10,20,40)
              step-seconds     each step (default 30)
              warmup-rate      messages/s before the first step (default 10), warmup-seconds (default 20)
              agents           agents connected over WebSockets (default 500)
              handle-seconds   how long an agent holds a conversation before closing it (default 3)
              drain-seconds    how long to wait for the router to store and offer everything after the last step (default 300)
              producer-records ProducerPerformance records at full speed (default 100000)
              e2e-messages     EndToEndLatency round trips per rate (default 2000)
              bare-rates       the bare endpoint's ramp, req/s (default 2000,4000,8000,16000,24000,32000)
              bare-step-seconds (default 5)
              repository       the repository root (default .), work-dir (default benchmarks/target/system-benchmark)
              report-dir       where the table and the plot go (default docs/benchmarks)
            """;

    /** Parses {@code --name=value} options; the repository root comes from the working directory by default. */
    public static SystemOptions parse(String... args) {
        Args given = new Args(args);
        Path repository = Path.of(given.take("repository",
                System.getProperty("switchboard.bench.repository", "."))).toAbsolutePath().normalize();
        SystemOptions options = new SystemOptions(
                given.takeInts("rates", "10,20,40"),
                Duration.ofSeconds(given.takeInt("step-seconds", 30)),
                given.takeInt("warmup-rate", 10),
                Duration.ofSeconds(given.takeInt("warmup-seconds", 20)),
                given.takeInt("agents", 500),
                Duration.ofSeconds(given.takeInt("handle-seconds", 3)),
                Duration.ofSeconds(given.takeInt("drain-seconds", 300)),
                given.takeInt("producer-records", 100_000),
                given.takeInt("e2e-messages", 2000),
                given.takeInts("bare-rates", "2000,4000,8000,16000,24000,32000"),
                Duration.ofSeconds(given.takeInt("bare-step-seconds", 5)),
                repository,
                Path.of(given.take("work-dir", repository.resolve("benchmarks/target/system-benchmark").toString())),
                Path.of(given.take("report-dir", repository.resolve("docs/benchmarks").toString())));
        given.done();
        return options;
    }

    /** Seconds, not minutes: tiny rates and a few agents, proving the whole path runs and loses nothing. */
    public static SystemOptions smoke(Path repository, Path workDir, Path reportDir) {
        return new SystemOptions(List.of(5, 10), Duration.ofSeconds(2), 5, Duration.ofSeconds(1), 20,
                Duration.ofMillis(500), Duration.ofSeconds(120), 2_000, 100, List.of(200), Duration.ofSeconds(1),
                repository, workDir, reportDir);
    }
}
