package dev.switchboard.router.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.router.support.Inbound;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Routing rules edited at run time: validated, versioned, tried out with a dry run, used by intake at once. */
@QuarkusTest
@RouterTestResources
class RoutingRulesApiTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void seededRules() {
        RouterApi.clearDatabase();
    }

    @Test
    void freshSystemHasVersionOneWithDefaultsAndAWideningBullseye() {
        JsonPath current = rules();

        assertEquals(1, current.getInt("version"));
        assertEquals("flyway", current.getString("createdBy"));
        assertEquals("PT0S", current.getString("rules.stages[0].after"));
        assertEquals("PT2M", current.getString("rules.sla.CHAT[0].firstResponse"));
    }

    @Test
    void savingRulesMakesANewVersionAndKeepsTheOldOne() {
        JsonPath saved = put(withRule(Map.of("name", "returns", "keywords", List.of("return", "exchange"),
                "skills", Map.of("returns", 3), "priority", 20))).statusCode(200).extract().jsonPath();

        assertEquals(2, saved.getInt("version"));
        assertEquals("test-admin", saved.getString("createdBy"));
        assertEquals(2, rules().getInt("version"));
        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/routing-rules/versions/1")
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/routing-rules/versions/99")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void dryRunShowsLanguageSkillsPriorityAndSlaWithoutStoringAnything() {
        put(withRule(Map.of("name", "returns", "keywords", List.of("return"), "skills", Map.of("returns", 3),
                "priority", 20))).statusCode(200);
        RouterApi.defineAgent("en-" + run, RouterApi.agentBody("Eve", Map.of("en", 5), Map.of("CHAT", 1)));
        InboundMessage message = Inbound.webChat("s-" + run, "visitor-" + run, "c1",
                "I want to return these shoes", "en");

        JsonPath latest = dryRun(message, null);
        assertEquals(2, latest.getInt("rulesVersion"));
        assertEquals("en", latest.getString("language.tag"));
        assertEquals("hint", latest.getString("language.source"));
        assertEquals(Map.of("returns", 3), latest.getMap("skills"));
        assertEquals(20, latest.getInt("priority"));
        assertEquals(List.of("returns"), latest.getList("matchedRules"));
        assertEquals("PT2M", latest.getString("firstResponse"));
        assertEquals(4, latest.getList("stages").size());

        JsonPath first = dryRun(message, 1);
        assertEquals(1, first.getInt("rulesVersion"));
        assertEquals(Map.of(), first.getMap("skills"));

        assertEquals(0, RouterApi.conversationsWithKey(null, message.conversationKey()).size());
        given().auth().oauth2(RouterApi.adminToken()).queryParam("identity", "webchat:visitor-" + run)
                .when().get("/v1/customers").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void intakeUsesTheNewVersionAtOnce() {
        put(withRule(Map.of("name", "warranty", "keywords", List.of("warranty"), "skills", Map.of("warranty", 2),
                "priority", 30))).statusCode(200);

        Records.send(Inbound.webChat("w-" + run, "visitor-" + run, "c1", "Is this under warranty?", "en"));

        JsonPath conversation = RouterApi.conversation(RouterApi.awaitConversation("QUEUED", "chat:webchat:w-" + run));
        assertEquals(Map.of("warranty", 2), conversation.getMap("conversation.skills"));
        assertEquals(30, conversation.getInt("conversation.priority"));
    }

    @Test
    void aVersionSavedByAnotherInstanceIsPickedUpWithoutRestart() {
        RouterApi.sql("INSERT INTO routing_rules (version, rules, created_at, created_by)"
                + " SELECT 2, jsonb_set(rules, '{rules}', rules->'rules' || '[{\"name\": \"loyalty\","
                + " \"keywords\": [\"loyalty\"], \"skills\": {\"loyalty\": 1}}]'), now(), 'other-instance'"
                + " FROM routing_rules WHERE version = 1");

        JsonPath result = dryRun(Inbound.webChat("l-" + run, "v-" + run, "c1", "My loyalty points vanished", "en"),
                null);

        assertEquals(2, result.getInt("rulesVersion"));
        assertEquals(Map.of("loyalty", 1), result.getMap("skills"));
    }

    @Test
    void rejectsInvalidRulesNamingTheField() {
        put(withRule(Map.of("name", "broken", "pattern", "(unclosed", "priority", 10)))
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("rules[11].pattern"));
        put(withRule(Map.of("name", "too skilled", "keywords", List.of("x"), "skills", Map.of("billing", 9))))
                .statusCode(400).body("field", equalTo("rules[11].skills.billing"));

        Map<String, Object> backwards = new HashMap<>(current());
        backwards.put("stages", List.of(Map.of("after", "PT0S", "minLanguageLevel", 4),
                Map.of("after", "PT2M", "minLanguageLevel", 3), Map.of("after", "PT1M", "minLanguageLevel", 1)));
        put(backwards).statusCode(400).body("field", equalTo("stages[2].after"));
        assertEquals(1, rules().getInt("version"), "nothing invalid is saved");
    }

    @Test
    void dryRunNeedsAChannelAndAgentsCannotChangeRules() {
        String noChannel = "{\"schemaVersion\": 1, \"provider\": \"webchat\", \"conversationKey\": \"chat:webchat:x\","
                + " \"providerMessageId\": \"x\", \"text\": \"hi\"}";
        given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON).body(noChannel)
                .when().post("/v1/routing-rules/dry-run")
                .then().statusCode(400).body("field", equalTo("channel"));
        given().auth().oauth2(TokenIssuer.shared().agentToken("ana")).contentType(ContentType.JSON).body(current())
                .when().put("/v1/routing-rules").then().statusCode(403);
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", hasKey("/v1/routing-rules/dry-run"));
    }

    @Test
    void dryRunUsesTheKnownCustomersLanguageAndTier() {
        RouterApi.defineAgent("es-" + run, RouterApi.agentBody("Bea", Map.of("es", 5, "en", 4), Map.of("CHAT", 1)));
        CustomerIdentity gold = new CustomerIdentity(null, "+34600" + Math.floorMod(run.hashCode(), 1_000_000), null,
                "Ana", null, null, null);
        Records.send(Inbound.message(Channel.SMS, "twilio", "sms:twilio:gold-" + run, "SM1" + run, gold, null,
                "Hola", "es", null, Map.of("customerTier", "gold")));
        RouterApi.awaitConversation("QUEUED", "sms:twilio:gold-" + run);

        JsonPath result = dryRun(Inbound.message(Channel.SMS, "twilio", "sms:twilio:gold2-" + run, "SM2" + run, gold,
                null, "ok", null, null), null);

        assertEquals("es", result.getString("language.tag"));
        assertEquals("customer", result.getString("language.source"));
        assertEquals(60, result.getInt("priority"), "the premium rule applies to the known tier");
        assertEquals("PT5M", result.getString("firstResponse"));
    }

    private static JsonPath rules() {
        return given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/routing-rules")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> current() {
        return rules().getMap("rules");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withRule(Map<String, Object> rule) {
        Map<String, Object> rules = new HashMap<>(current());
        List<Object> list = new ArrayList<>((List<Object>) rules.get("rules"));
        list.add(rule);
        rules.put("rules", list);
        return rules;
    }

    private static ValidatableResponse put(Map<String, Object> rules) {
        return given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON).body(rules)
                .when().put("/v1/routing-rules").then();
    }

    private static JsonPath dryRun(InboundMessage message, Integer version) {
        var request = given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON)
                .body(Records.json(message));
        if (version != null) {
            request.queryParam("version", version);
        }
        return request.when().post("/v1/routing-rules/dry-run").then().statusCode(200).extract().jsonPath();
    }
}
