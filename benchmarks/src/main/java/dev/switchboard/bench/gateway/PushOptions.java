package dev.switchboard.bench.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the push benchmark runs: how many agents, the open-loop rates (deliveries/s over all agents) stepped through
 * after a warm-up, and when a step holds (p99 under the bound, at least {@code minReceivedShare} of the offered rate
 * received, nothing lost or doubled). Given as {@code --name=value}; {@code --gateway-jvm-args} (separated by
 * spaces) go to the gateway's JVM, for a flight recording.
 */
record PushOptions(
        int agents,
        List<Integer> rates,
        Duration step,
        int warmupRate,
        Duration warmup,
        double p99BoundMillis,
        double minReceivedShare,
        Path gatewayJar,
        List<String> gatewayJvmArgs,
        Path workDir) {

    static final String HEAP = "256m";

    static PushOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        PushOptions options = new PushOptions(
                Integer.parseInt(take(given, "agents", "1000")),
                Arrays.stream(take(given, "rates", "1000,2000,5000,10000,20000").split(","))
                        .map(String::trim).map(Integer::valueOf).toList(),
                Duration.ofSeconds(Long.parseLong(take(given, "step-seconds", "10"))),
                Integer.parseInt(take(given, "warmup-rate", "2000")),
                Duration.ofSeconds(Long.parseLong(take(given, "warmup-seconds", "10"))),
                Double.parseDouble(take(given, "p99-ms", "50")),
                Double.parseDouble(take(given, "min-received", "0.95")),
                Path.of(take(given, "gateway-jar", "agent-gateway/target/quarkus-app/quarkus-run.jar")),
                // e.g. a flight recording: --gateway-jvm-args=-XX:StartFlightRecording=filename=gateway.jfr
                Arrays.stream(take(given, "gateway-jvm-args", "").split(" ")).filter(a -> !a.isBlank()).toList(),
                Path.of(take(given, "work-dir", "target/gateway-push")));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet());
        }
        return options;
    }

    /** A few agents at a low rate for a couple of seconds: proves every part runs and nothing is lost. */
    static PushOptions smoke(Path gatewayJar, Path workDir) {
        return new PushOptions(20, List.of(200), Duration.ofSeconds(1), 200, Duration.ofSeconds(1), 1000, 0.5,
                gatewayJar, List.of(), workDir);
    }

    private static String take(Map<String, String> given, String name, String otherwise) {
        String value = given.remove(name);
        return value == null ? otherwise : value;
    }
}
