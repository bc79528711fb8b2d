package dev.switchboard.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void defaultsToTheRepositoryDataFolderAndTheStandardPorts() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of(), REPO);
        assertEquals(Path.of("/repo/.switchboard"), options.data());
        assertEquals(new PostgresServer("127.0.0.1", 5432, "postgres", ""), options.postgres());
        assertEquals("switchboard", options.database());
        assertEquals(9092, options.kafkaPort());
        assertEquals(9093, options.controllerPort());
        assertEquals(8085, options.port(LocalService.ROUTER));
        assertEquals(8086, options.port(LocalService.AGENT_GATEWAY));
    }

    @Test
    void takesPostgresFromThePsqlVariablesAndPortsFromSwitchboardVariables() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of("PGHOST", "db.local", "PGPORT", "6543",
                "PGUSER", "sb", "PGPASSWORD", "secret", "SWITCHBOARD_ROUTER_PORT", "9185"), REPO);
        assertEquals(new PostgresServer("db.local", 6543, "sb", "secret"), options.postgres());
        assertEquals(9185, options.port(LocalService.ROUTER));
    }

    @Test
    void optionsWinOverTheEnvironment() {
        LaunchOptions options = LaunchOptions.parse(new String[] { "--demo", "--data", "/tmp/sb", "--pg-host", "pg",
                "--pg-port", "5433", "--pg-user", "me", "--database", "sb_demo", "--kafka-port", "19092" },
                Map.of("PGHOST", "ignored", "PGPORT", "1"), REPO);
        assertTrue(options.demo());
        assertEquals(Path.of("/tmp/sb"), options.data());
        assertEquals(new PostgresServer("pg", 5433, "me", ""), options.postgres());
        assertEquals("sb_demo", options.database());
        assertEquals(19093, options.controllerPort());
    }

    @Test
    void answersMistakesWithOneSentence() {
        assertEquals("Unknown option '--bogus': run deploy/local/switchboard --help to see the options.",
                failure("--bogus"));
        assertEquals("--kafka-port needs a value: run deploy/local/switchboard --help to see the options.",
                failure("--kafka-port"));
        assertEquals("--pg-port must be a port number from 1 to 65535, not 'x'.", failure("--pg-port", "x"));
        assertEquals("--database must be a plain PostgreSQL name (lower-case letters, digits, _), not 'a;b'.",
                failure("--database", "a;b"));
        assertEquals("SWITCHBOARD_ROUTER_PORT must be a port number from 1 to 65535, not '99999'.",
                assertThrows(LaunchException.class, () -> LaunchOptions.parse(new String[0],
                        Map.of("SWITCHBOARD_ROUTER_PORT", "99999"), REPO)).getMessage());
    }

    private static String failure(String... args) {
        return assertThrows(LaunchException.class, () -> LaunchOptions.parse(args, Map.of(), REPO)).getMessage();
    }
}
