package dev.switchboard.bench.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of one ingest benchmark run; {@code --name=value} on the command line, defaults for a full run from the
 * repository root. A step that does not hold is run up to {@code retries} more times before the ramp stops, so one
 * burst from another process on a shared machine does not end it. {@link #smoke} is the seconds-long run of the test
 * suite. {@code --chat-jvm-args} adds JVM options to ingest-chat only, e.g. to record a flight recording of it.
 */
record BenchOptions(
        List<Integer> rates,
        Duration step,
        int warmupRate,
        Duration warmup,
        double p99BoundMillis,
        double minAchievedShare,
        int retries,
        int connections,
        int maxInFlight,
        int producerRecords,
        Path chatJar,
        Path bareJar,
        Path workDir,
        List<String> chatJvmArgs) {

    private static final String DEFAULT_RATES = "1000,2000,4000,8000,12000,16000,20000,24000,28000,32000,40000,48000";

    static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        BenchOptions options = new BenchOptions(
                Arrays.stream(take(given, "rates", DEFAULT_RATES).split(",")).map(String::trim).map(Integer::valueOf)
                        .toList(),
                Duration.ofSeconds(Long.parseLong(take(given, "step-seconds", "10"))),
                Integer.parseInt(take(given, "warmup-rate", "1000")),
                Duration.ofSeconds(Long.parseLong(take(given, "warmup-seconds", "15"))),
                Double.parseDouble(take(given, "p99-ms", "50")),
                Double.parseDouble(take(given, "min-achieved", "0.95")),
                Integer.parseInt(take(given, "retries", "1")),
                Integer.parseInt(take(given, "connections", "256")),
                Integer.parseInt(take(given, "max-in-flight", "2048")),
                Integer.parseInt(take(given, "producer-records", "300000")),
                Path.of(take(given, "chat-jar", "ingest-chat/target/quarkus-app/quarkus-run.jar")),
                Path.of(take(given, "bare-jar", "benchmarks/bare-endpoint/target/quarkus-app/quarkus-run.jar")),
                Path.of(take(given, "work-dir", "benchmarks/target/ingest-benchmark")),
                Arrays.stream(take(given, "chat-jvm-args", "").split(" ")).filter(a -> !a.isBlank()).toList());
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet());
        }
        return options;
    }

    private static String take(Map<String, String> given, String name, String otherwise) {
        String value = given.remove(name);
        return value == null ? otherwise : value;
    }

    /** Tiny rates, one second a step: proves the whole path still runs and loses nothing, in seconds. */
    static BenchOptions smoke(Path chatJar, Path bareJar, Path workDir) {
        return new BenchOptions(List.of(100, 200), Duration.ofSeconds(1), 100, Duration.ofSeconds(1), 50, 0.95, 0, 8,
                256, 5_000, chatJar, bareJar, workDir, List.of());
    }
}
