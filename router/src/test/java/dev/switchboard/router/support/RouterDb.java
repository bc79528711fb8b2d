package dev.switchboard.router.support;

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

    private static Sql sql() {
        var config = ConfigProvider.getConfig();
        return new Sql(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
