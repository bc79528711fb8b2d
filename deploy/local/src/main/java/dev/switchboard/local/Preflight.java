package dev.switchboard.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The checks made before anything starts, each failing with one sentence that says what is wrong and what to do,
 * so a newcomer never has to read a stack trace to find out that port 8085 is taken.
 */
public final class Preflight {

    public static final int MINIMUM_JAVA = 17;

    /** A port the launcher needs, who needs it, and how the user can move it. */
    public record PortUse(int port, String owner, String howToMove) {
    }

    public void requireJava(int runningFeatureVersion) {
        if (runningFeatureVersion < MINIMUM_JAVA) {
            throw new LaunchException("Switchboard needs Java " + MINIMUM_JAVA + " or newer, but this is Java "
                    + runningFeatureVersion + ": install a newer JDK or point JAVA_HOME at one.");
        }
    }

    /** Creates the folder when absent and proves a file can be written in it. */
    public void requireWritableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", "");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new LaunchException("The data folder " + folder + " is not writable (" + reason(e)
                    + "): choose another with --data or fix its permissions.");
        }
    }

    public void requireBuilt(Path runJar, String service) {
        if (!Files.isRegularFile(runJar)) {
            throw new LaunchException(service + " is not built (" + runJar + " is missing): run"
                    + " deploy/local/switchboard --rebuild, or ./mvnw install -DskipTests from the repository root.");
        }
    }

    public void requireFreePorts(List<PortUse> ports) {
        for (PortUse use : ports) {
            if (!isFree(use.port())) {
                throw new LaunchException("Port " + use.port() + " (" + use.owner() + ") is already in use:"
                        + " stop what holds it or " + use.howToMove() + ".");
            }
        }
    }

    /** Connects to the server's {@code postgres} database and creates {@code database} there when it is absent. */
    public void ensureDatabase(PostgresServer server, String database) {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        if (!server.password().isEmpty()) {
            login.setProperty("password", server.password());
        }
        login.setProperty("connectTimeout", "5");
        login.setProperty("socketTimeout", "10");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), login)) {
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw postgresProblem(server, database, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static LaunchException postgresProblem(PostgresServer server, String database, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return new LaunchException("PostgreSQL at " + server.address() + " refused user " + server.user()
                    + ": set PGPASSWORD, or pass another user with --pg-user.");
        }
        if (state.equals("42501")) {
            return new LaunchException("PostgreSQL user " + server.user() + " may not create the database " + database
                    + ": create it yourself, or pass a user who may with --pg-user.");
        }
        if (state.startsWith("08")) {
            return new LaunchException("PostgreSQL is not reachable at " + server.address() + " (" + reason(e)
                    + "): start it, or point at another server with --pg-host, --pg-port and --pg-user"
                    + " (or PGHOST, PGPORT, PGUSER, PGPASSWORD).");
        }
        return new LaunchException("PostgreSQL at " + server.address() + " could not prepare the database " + database
                + " (" + reason(e) + "): check the server, or point at another with --pg-host and --pg-port.");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The root cause in a few words a person understands. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof SocketTimeoutException || root instanceof NoRouteToHostException) {
            return "no answer";
        }
        if (root instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (root instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf(". ");
        return end > 0 ? message.substring(0, end) : message;
    }
}
