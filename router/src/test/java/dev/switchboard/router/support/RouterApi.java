package dev.switchboard.router.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    /** Runs statements straight against the router's database, as another router instance or an operator would. */
    public static void sql(String... statements) {
        RouterDb.execute(statements);
    }
}
