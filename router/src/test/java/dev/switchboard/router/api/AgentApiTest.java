package dev.switchboard.router.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The admin and supervisor API: definitions validated field by field, every call authenticated. */
@QuarkusTest
@RouterTestResources
class AgentApiTest {

    private final String agentId = "agent-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void definesAgentAndReadsItBack() {
        given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Priya", "timeZone", "Asia/Kolkata",
                        "languages", Map.of("hi", 5, "en-in", 4, "gu", 3), "skills", Map.of("billing", 4),
                        "capacity", Map.of("chat", 2, "EMAIL", 5), "maxConcurrent", 6))
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(200)
                .body("id", equalTo(agentId))
                .body("languages.en-IN", equalTo(4))
                .body("capacity.CHAT", equalTo(2))
                .body("presence", equalTo("OFFLINE"));

        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/agents/{id}", agentId)
                .then().statusCode(200).body("timeZone", equalTo("Asia/Kolkata")).body("skills.billing", equalTo(4));
        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/agents")
                .then().statusCode(200).body("id", hasItem(agentId));
    }

    @Test
    void rejectsUnknownTimeZoneNamingTheField() {
        assertRejected(Map.of("displayName", "Priya", "timeZone", "Mars/Olympus", "languages", Map.of("hi", 5)),
                "timeZone");
    }

    @Test
    void rejectsLanguageLevelAboveFiveNamingTheLanguage() {
        assertRejected(Map.of("displayName", "Priya", "timeZone", "Asia/Kolkata", "languages", Map.of("hi", 7)),
                "languages.hi");
    }

    @Test
    void rejectsMalformedLanguageTag() {
        assertRejected(Map.of("displayName", "Priya", "timeZone", "Asia/Kolkata", "languages", Map.of("h!", 3)),
                "languages.h!");
    }

    @Test
    void rejectsSkillLevelBelowOne() {
        assertRejected(Map.of("displayName", "Priya", "timeZone", "Asia/Kolkata", "languages", Map.of("hi", 3),
                "skills", Map.of("billing", 0)), "skills.billing");
    }

    @Test
    void rejectsCapacityForAnUnknownChannel() {
        assertRejected(Map.of("displayName", "Priya", "timeZone", "Asia/Kolkata", "languages", Map.of("hi", 3),
                "capacity", Map.of("FAX", 2)), "capacity.FAX");
    }

    @Test
    void rejectsLevelThatIsNotANumberNamingTheField() {
        given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON)
                .body("{\"displayName\":\"Priya\",\"timeZone\":\"Asia/Kolkata\",\"languages\":{\"hi\":\"fluent\"}}")
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("languages.hi"));
    }

    @Test
    void answersUnauthenticatedCallsWith401Problem() {
        given().contentType(ContentType.JSON).body(RouterApi.agentBody("x", Map.of("en", 5), Map.of()))
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("status", equalTo(401));
        given().when().get("/v1/conversations")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void rejectsTokenSignedWithAnotherKey() throws Exception {
        String forged = TokenIssuer.create(Files.createTempDirectory("forger")).supervisorToken("mallory");

        given().auth().oauth2(forged).when().get("/v1/agents")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("type", startsWith("https://"));
    }

    @Test
    void forbidsAgentsFromDefiningAgents() {
        given().auth().oauth2(TokenIssuer.shared().agentToken("ana")).contentType(ContentType.JSON)
                .body(RouterApi.agentBody("x", Map.of("en", 5), Map.of()))
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void supervisorWithoutAdminRoleCanReadButNotWrite() {
        String supervisor = TokenIssuer.shared().token("sam", List.of(TokenIssuer.SUPERVISOR),
                Duration.ofMinutes(5));

        given().auth().oauth2(supervisor).when().get("/v1/agents").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(RouterApi.agentBody("x", Map.of("en", 5), Map.of()))
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(403);
    }

    @Test
    void unknownConversationIsNotFoundAndAMalformedIdIsBadInput() {
        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/conversations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/conversations/{id}", "not-a-uuid")
                .then().statusCode(400).body("field", equalTo("conversationId"));
        given().auth().oauth2(RouterApi.adminToken()).queryParam("status", "LOST").when().get("/v1/conversations")
                .then().statusCode(400).body("field", equalTo("status"));
    }

    @Test
    void publishesOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", hasKey("/v1/agents/{agentId}"));
    }

    private void assertRejected(Map<String, Object> body, String field) {
        given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON).body(body)
                .when().put("/v1/agents/{id}", agentId)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo(field));
    }
}
