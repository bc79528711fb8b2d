package dev.switchboard.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The services the launcher runs, each as its own process, in the order they start. */
public enum LocalService {
    INGEST_EMAIL("ingest-email", 8081, "256m"),
    INGEST_CHAT("ingest-chat", 8082, "256m"),
    INGEST_PHONE("ingest-phone", 8083, "256m"),
    INGEST_SOCIAL("ingest-social", 8084, "256m"),
    ROUTER("router", 8085, "512m"),
    AGENT_GATEWAY("agent-gateway", 8086, "256m");

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

    public String heap() {
        return heap;
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
