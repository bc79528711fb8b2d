package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    @Test
    void createsAnEmptyDatabaseAndDropsItOnClose() throws Exception {
        PostgresDatabase db = PostgresDatabase.create("kit");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) from information_schema.tables where table_schema = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        db.close();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()));
    }
}
