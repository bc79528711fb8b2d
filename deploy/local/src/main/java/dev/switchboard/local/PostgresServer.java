package dev.switchboard.local;

/** The PostgreSQL server the services use; {@code password} is empty under trust authentication. */
public record PostgresServer(String host, int port, String user, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    public String address() {
        return host + ":" + port;
    }
}
