package dev.switchboard.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration every service gets from its environment, as in production (12-factor): where Kafka and
 * PostgreSQL are, which tokens to trust, and the connector API key the ingest services accept.
 */
public record ServiceEnvironment(
        String kafkaBootstrapServers,
        Datasource datasource,
        Path publicKeyFile,
        String tokenIssuer,
        String connectorApiKey) {

    public record Datasource(String reactiveUrl, String jdbcUrl, String user, String password) {
    }

    /**
     * The variables for one service listening on {@code port} (on 127.0.0.1: nothing is exposed to the network),
     * with the router on {@code routerPort} (the agent gateway fetches a reconnecting agent's work from it).
     */
    public Map<String, String> forService(int port, int routerPort) {
        Map<String, String> env = forService(port);
        env.put("SWITCHBOARD_GATEWAY_ROUTER_URL", "http://127.0.0.1:" + routerPort);
        return env;
    }

    /** The variables for one service listening on {@code port}, the router on its default port. */
    public Map<String, String> forService(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", datasource.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", datasource.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", datasource.user());
        if (!datasource.password().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", datasource.password());
        }
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile.toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", tokenIssuer);
        env.put("SWITCHBOARD_INGEST_API_KEYS_LOCAL", connectorApiKey); // switchboard.ingest.api-keys.local
        // The demo's Telegram bot (switchboard.social.telegram.bots.demo.secret-token).
        env.put("SWITCHBOARD_SOCIAL_TELEGRAM_BOTS_DEMO_SECRET_TOKEN", connectorApiKey);
        // Time, level, category and message: the service name is already the line's prefix on the terminal.
        env.put("QUARKUS_BANNER_ENABLED", "false");
        // glibc gives each thread that mallocs its own 64 MB arena (up to 8 per core); two keep the JVM's native
        // memory in few, well-reused arenas instead of many half-empty ones (docs/operations.md, "JVM sizing").
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_LOG_CONSOLE_FORMAT", "%d{HH:mm:ss.SSS} %-5p [%c{2.}] %s%e%n");
        return env;
    }
}
