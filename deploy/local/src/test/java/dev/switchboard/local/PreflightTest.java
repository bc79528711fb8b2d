package dev.switchboard.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.testkit.FreePorts;

class PreflightTest {

    private final Preflight preflight = new Preflight();

    @Test
    void namesATakenPortItsOwnerAndHowToMoveIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LaunchException e = assertThrows(LaunchException.class, () -> preflight.requireFreePorts(List.of(
                    new Preflight.PortUse(port, "router", "set SWITCHBOARD_ROUTER_PORT"))));
            assertEquals("Port " + port + " (router) is already in use: stop what holds it or set"
                    + " SWITCHBOARD_ROUTER_PORT.", e.getMessage());
            assertEquals(0, e.getStackTrace().length, "the sentence is the whole story");
        }
    }

    @Test
    void acceptsPortsNobodyHolds() {
        preflight.requireFreePorts(List.of(new Preflight.PortUse(FreePorts.next(), "router", "set X")));
    }

    @Test
    void saysPostgresIsUnreachableAndHowToPointAtAnotherServer() {
        int closed = FreePorts.next();
        LaunchException e = assertThrows(LaunchException.class, () -> preflight.ensureDatabase(
                new PostgresServer("127.0.0.1", closed, "postgres", ""), "switchboard"));
        assertEquals("PostgreSQL is not reachable at 127.0.0.1:" + closed + " (connection refused): start it, or point"
                + " at another server with --pg-host, --pg-port and --pg-user (or PGHOST, PGPORT, PGUSER, PGPASSWORD).",
                e.getMessage());
    }

    @Test
    void createsTheDatabaseWhenAbsentAndKeepsItWhenPresent() throws SQLException {
        PostgresServer server = LaunchOptions.parse(new String[0], System.getenv(), Path.of(".")).postgres();
        String name = "sb_preflight_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            preflight.ensureDatabase(server, name);
            preflight.ensureDatabase(server, name);
            assertTrue(databaseExists(server, name));
        } finally {
            execute(server, "DROP DATABASE IF EXISTS " + name);
        }
    }

    @Test
    void saysTheDataFolderIsNotWritable(@TempDir Path temp) throws IOException {
        // A file where a folder should be: refused even for root, unlike a permission bit.
        Path file = Files.writeString(temp.resolve("in-the-way"), "");
        Path data = file.resolve("data");
        LaunchException e = assertThrows(LaunchException.class, () -> preflight.requireWritableFolder(data));
        assertTrue(e.getMessage().startsWith("The data folder " + data + " is not writable ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("): choose another with --data or fix its permissions."), e.getMessage());
    }

    @Test
    void createsAMissingDataFolder(@TempDir Path temp) {
        Path data = temp.resolve("a/b/.switchboard");
        preflight.requireWritableFolder(data);
        assertTrue(Files.isDirectory(data));
    }

    @Test
    void refusesAJavaOlderThan17() {
        LaunchException e = assertThrows(LaunchException.class, () -> preflight.requireJava(11));
        assertEquals("Switchboard needs Java 17 or newer, but this is Java 11: install a newer JDK or point JAVA_HOME"
                + " at one.", e.getMessage());
        preflight.requireJava(17);
    }

    @Test
    void saysWhichServiceIsNotBuiltAndHowToBuildIt(@TempDir Path repository) {
        Path jar = LocalService.ROUTER.runJar(repository);
        LaunchException e = assertThrows(LaunchException.class, () -> preflight.requireBuilt(jar, "router"));
        assertEquals("router is not built (" + jar + " is missing): run deploy/local/switchboard --rebuild, or"
                + " ./mvnw install -DskipTests from the repository root.", e.getMessage());
    }

    private static boolean databaseExists(PostgresServer server, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return r.next();
        }
    }

    private static void execute(PostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
