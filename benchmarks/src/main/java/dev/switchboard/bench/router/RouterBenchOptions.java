package dev.switchboard.bench.router;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings of one router whole-path run; {@code --name=value} on the command line, defaults for a full run from the
 * repository root. {@link #smoke} is the seconds-long run of the test suite.
 *
 * @param agents        agents, each AVAILABLE with {@code capacity} chat conversations
 * @param backlog       inbound records kept published ahead of what the router has stored, so it never waits
 * @param warmupSeconds router running under load before the window opens
 * @param seconds       the measured window, and pgbench's {@code -T}
 * @param clients       pgbench's {@code -c}
 * @param queued        conversations seeded QUEUED for pgbench to claim; must outlast its run
 * @param routerJfr     where the router JVM writes a Java Flight Recording (profile settings) of its run; empty for
 *                      none
 */
record RouterBenchOptions(
        int agents,
        int capacity,
        int backlog,
        int warmupSeconds,
        int seconds,
        int clients,
        int queued,
        Path routerJar,
        Path migrations,
        Path workDir,
        String routerJfr) {

    static RouterBenchOptions parse(String... arguments) {
        Map<String, String> given = new HashMap<>();
        for (String arg : arguments) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        RouterBenchOptions options = new RouterBenchOptions(
                Integer.parseInt(take(given, "agents", "50")),
                Integer.parseInt(take(given, "capacity", "5")),
                Integer.parseInt(take(given, "backlog", "400")),
                Integer.parseInt(take(given, "warmup-seconds", "20")),
                Integer.parseInt(take(given, "seconds", "30")),
                Integer.parseInt(take(given, "clients", "8")),
                Integer.parseInt(take(given, "queued", "300000")),
                Path.of(take(given, "router-jar", "router/target/quarkus-app/quarkus-run.jar")),
                Path.of(take(given, "migrations", "router/src/main/resources/db/migration")),
                Path.of(take(given, "work-dir", "benchmarks/target/router-benchmark")),
                take(given, "router-jfr", ""));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet());
        }
        return options;
    }

    /** A few agents, seconds of warm-up and measurement: proves every part still runs. */
    static RouterBenchOptions smoke(Path routerJar, Path migrations, Path workDir) {
        return new RouterBenchOptions(5, 3, 50, 3, 4, 2, 20_000, routerJar, migrations, workDir, "");
    }

    private static String take(Map<String, String> given, String name, String otherwise) {
        String value = given.remove(name);
        return value == null ? otherwise : value;
    }
}
