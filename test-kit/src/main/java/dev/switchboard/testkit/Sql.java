package dev.switchboard.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain SQL on a test database, as an operator or another service instance would run it: one connection per call,
 * so a test sees only what the service has committed.
 */
public final class Sql {

    private static final int ATTEMPTS = 5;

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public Sql(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public Sql(PostgresDatabase database) {
        this(database.jdbcUrl(), database.user(), database.password());
    }

    /** Every row, each as column label to value, in the order the query gives. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int col = 1; col <= r.getMetaData().getColumnCount(); col++) {
                    row.put(r.getMetaData().getColumnLabel(col), r.getObject(col));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** The first column of the first row of a counting query. */
    public long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** How many rows the statement changed. */
    public int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /**
     * Runs the statements in order on one connection. A deadlock with the service's own work (TRUNCATE takes every
     * table it names at once) is retried, as PostgreSQL advises for deadlocks and serialization failures.
     */
    public void execute(String... statements) {
        for (int attempt = 1;; attempt++) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
                return;
            } catch (SQLException e) {
                if (!isTransient(e) || attempt == ATTEMPTS) {
                    throw new IllegalStateException("could not run SQL against the test database", e);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** Deadlock detected, serialization failure or lock not available: the same statements can simply run again. */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("55P03"));
    }
}
