package dev.switchboard.local;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the person running {@code deploy/local/switchboard} asked for, with the defaults filled in.
 * PostgreSQL defaults come from PGHOST, PGPORT, PGUSER and PGPASSWORD, as psql reads them.
 */
public record LaunchOptions(
        Path repository,
        Path data,
        boolean demo,
        PostgresServer postgres,
        String database,
        int kafkaPort,
        Map<LocalService, Integer> servicePorts) {

    public static final String USAGE = """
            Usage: deploy/local/switchboard [options]
              Builds what is missing, starts a Kafka broker and every Switchboard service on this machine,
              and stops them all on Ctrl-C.

              --demo             seed demo agents, keep them signed in, and post sample messages
              --data DIR         where the broker's data, keys and logs live (default: <repo>/.switchboard)
              --pg-host HOST     PostgreSQL host (default: $PGHOST or 127.0.0.1)
              --pg-port PORT     PostgreSQL port (default: $PGPORT or 5432)
              --pg-user USER     PostgreSQL user (default: $PGUSER or postgres; password from $PGPASSWORD)
              --database NAME    database for the services, created if absent (default: switchboard)
              --kafka-port PORT  Kafka broker port; the controller uses the next one (default: 9092)
              --rebuild          build every module again before starting
              --help             show this text

              Service ports: SWITCHBOARD_INGEST_EMAIL_PORT (8081), SWITCHBOARD_INGEST_CHAT_PORT (8082),
              SWITCHBOARD_INGEST_PHONE_PORT (8083), SWITCHBOARD_INGEST_SOCIAL_PORT (8084),
              SWITCHBOARD_ROUTER_PORT (8085), SWITCHBOARD_AGENT_GATEWAY_PORT (8086).
            """;

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    public static LaunchOptions parse(String[] args, Map<String, String> environment, Path repository) {
        Path data = repository.resolve(".switchboard");
        boolean demo = false;
        String pgHost = environment.getOrDefault("PGHOST", "127.0.0.1");
        int pgPort = port("PGPORT", environment.getOrDefault("PGPORT", "5432"));
        String pgUser = environment.getOrDefault("PGUSER", "postgres");
        String database = "switchboard";
        int kafkaPort = 9092;

        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.removeFirst();
            switch (option) {
                case "--demo" -> demo = true;
                case "--data" -> data = Path.of(value(option, rest));
                case "--pg-host" -> pgHost = value(option, rest);
                case "--pg-port" -> pgPort = port(option, value(option, rest));
                case "--pg-user" -> pgUser = value(option, rest);
                case "--database" -> database = value(option, rest);
                case "--kafka-port" -> kafkaPort = port(option, value(option, rest));
                default -> throw new LaunchException(
                        "Unknown option '" + option + "': run deploy/local/switchboard --help to see the options.");
            }
        }
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new LaunchException("--database must be a plain PostgreSQL name (lower-case letters, digits, _),"
                    + " not '" + database + "'.");
        }
        if (kafkaPort == 65535) {
            throw new LaunchException("--kafka-port must leave room for the controller on the next port.");
        }
        Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
        for (LocalService service : LocalService.values()) {
            ports.put(service, service.port(environment));
        }
        PostgresServer postgres = new PostgresServer(pgHost, pgPort, pgUser,
                environment.getOrDefault("PGPASSWORD", ""));
        return new LaunchOptions(repository, data.toAbsolutePath().normalize(), demo, postgres, database, kafkaPort,
                Map.copyOf(ports));
    }

    public int controllerPort() {
        return kafkaPort + 1;
    }

    public int port(LocalService service) {
        return servicePorts.get(service);
    }

    static int port(String source, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below, in the same words as an out-of-range number.
        }
        throw new LaunchException(source + " must be a port number from 1 to 65535, not '" + value + "'.");
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
            throw new LaunchException(
                    option + " needs a value: run deploy/local/switchboard --help to see the options.");
        }
        return rest.removeFirst();
    }
}
