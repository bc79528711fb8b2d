package dev.switchboard.router.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.switchboard.testkit.TokenIssuer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The router's REST API as an admin or supervisor uses it, plus a clean slate between tests. */
public final class RouterApi {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private RouterApi() {
    }

    public static String adminToken() {
        return TokenIssuer.shared().supervisorToken("test-admin");
    }

    public static Map<String, Object> agentBody(String displayName, Map<String, Integer> languages,
            Map<String, Integer> capacity) {
        return Map.of("displayName", displayName, "timeZone", "Europe/Madrid", "languages", languages,
                "skills", Map.of("billing", 3), "capacity", capacity, "maxConcurrent", 6);
    }

    public static void defineAgent(String agentId, Map<String, Object> body) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(body)
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(200);
    }

    public static JsonPath agent(String agentId) {
        return given().auth().oauth2(adminToken()).when().get("/v1/agents/{id}", agentId)
                .then().statusCode(200).extract().jsonPath();
    }

    public static void awaitPresence(String agentId, String presence) {
        await().atMost(WAIT).until(() -> presence.equals(agent(agentId).getString("presence")));
    }

    public static JsonPath conversation(String conversationId) {
        return given().auth().oauth2(adminToken()).when().get("/v1/conversations/{id}", conversationId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Conversations in a status (or the most recent, for null) whose key is the one given. */
    public static List<Map<String, Object>> conversationsWithKey(String status, String conversationKey) {
        var request = given().auth().oauth2(adminToken()).queryParam("limit", 500);
        if (status != null) {
            request.queryParam("status", status);
        }
        List<Map<String, Object>> all = request.when().get("/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(c -> conversationKey.equals(c.get("conversationKey"))).toList();
    }

    public static int countWithStatus(String status) {
        return given().auth().oauth2(adminToken()).queryParam("status", status).queryParam("limit", 500)
                .when().get("/v1/conversations").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    public static String awaitConversation(String status, String conversationKey) {
        return await().atMost(WAIT).until(() -> conversationsWithKey(status, conversationKey), found -> found.size() == 1)
                .get(0).get("id").toString();
    }

    /**
     * Empties every table, so agents and queued conversations of one test never meet another's; the routing rules
     * go back to the seeded version 1.
     */
    public static void clearDatabase() {
        sql("TRUNCATE offers, messages, conversations, customer_identities, customers, agents",
                "DELETE FROM routing_rules WHERE version > 1");
    }

    /**
     * Runs statements straight against the router's database, as another router instance or an operator would. A
     * deadlock with the router's own sweeps (TRUNCATE takes every table at once) is retried, as PostgreSQL advises.
     */
    public static void sql(String... statements) {
        for (int attempt = 1;; attempt++) {
            try {
                runOnce(statements);
                return;
            } catch (SQLException e) {
                if (!isTransient(e) || attempt == 5) {
                    throw new IllegalStateException("could not run SQL against the test database", e);
                }
            }
        }
    }

    private static void runOnce(String... statements) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Deadlock detected, serialization failure or lock not available: the same statements can simply run again. */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("55P03"));
    }
}
