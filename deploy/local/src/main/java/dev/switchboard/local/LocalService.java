package dev.switchboard.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.testkit.ServiceProcess;

/**
 * The services the launcher runs, each as its own process, in the order they start, with the JVM settings each runs
 * with: the launcher, the whole-system benchmark and the end-to-end tests all start them through {@link #command}.
 */
public enum LocalService {
    // Heap caps: at least twice the heap in use under the whole-system benchmark; ingest-email more, as it holds
    // bodies of up to 25 MB (a heap grows only when its live data needs it, from -Xms32m).
    INGEST_EMAIL("ingest-email", 8081, "192m"),
    INGEST_CHAT("ingest-chat", 8082, "96m"),
    INGEST_PHONE("ingest-phone", 8083, "96m"),
    INGEST_SOCIAL("ingest-social", 8084, "96m"),
    ROUTER("router", 8085, "160m"),
    AGENT_GATEWAY("agent-gateway", 8086, "128m");

    /**
     * The same for every service (docs/operations.md, "JVM sizing"): a heap this small needs neither G1's regions
     * and remembered sets (about 40 MB of native memory at a 256 MB heap) nor its parallel threads, so the serial
     * collector; a heap that starts small and grows only when live data needs it; a bound on the code cache well
     * above what a warmed-up service fills (13 MB for ingest, 41 MB for the router), so it cannot grow unbounded.
     */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms32m",
            "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=96m");

    private final String module;
    private final int defaultPort;
    private final String heap;

    LocalService(String module, int defaultPort, String heap) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.heap = heap;
    }

    /** The Maven module, which is also the name shown in logs and tables. */
    public String module() {
        return module;
    }

    /** {@code java} with this service's JVM settings, then {@code -jar} its packaged application. */
    public List<String> command(Path repository) {
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.add("-jar");
        arguments.add(runJar(repository).toString());
        return ServiceProcess.java(heap, arguments.toArray(String[]::new));
    }

    /** The environment variable that moves this service to another port, e.g. {@code SWITCHBOARD_ROUTER_PORT}. */
    public String portVariable() {
        return "SWITCHBOARD_" + name().toUpperCase(Locale.ROOT) + "_PORT";
    }

    public int port(Map<String, String> environment) {
        String value = environment.get(portVariable());
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        return LaunchOptions.port(portVariable(), value);
    }

    /** The packaged application: {@code <module>/target/quarkus-app/quarkus-run.jar}. */
    public Path runJar(Path repository) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
