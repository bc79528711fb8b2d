package dev.switchboard.router.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.switchboard.testkit.Sql;

/** Direct SQL on the router's test database, for what the API does not show (authors, dispositions, misses). */
public final class RouterDb {

    private RouterDb() {
    }

    /** Every row of a query, each as column name to value. */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        return sql().rows(sql, parameters);
    }

    public static int update(String sql, Object... parameters) {
        return sql().update(sql, parameters);
    }

    /** Statements run in order; a deadlock with the router's own sweeps is retried. */
    public static void execute(String... statements) {
        sql().execute(statements);
    }

    /**
     * Runs a locking query in a transaction that stays open, as another instance's transaction would, until the
     * returned lock is closed (rolled back).
     */
    public static HeldLock holdLock(String sql, Object... parameters) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeQuery().close();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new HeldLock(connection);
    }

    /** The transaction of {@link #holdLock}; closing it rolls back and so releases the locks. */
    public record HeldLock(Connection connection) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    private static Sql sql() {
        var config = ConfigProvider.getConfig();
        return new Sql(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
