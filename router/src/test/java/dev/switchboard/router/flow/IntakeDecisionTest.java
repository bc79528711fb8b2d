package dev.switchboard.router.flow;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.router.support.Inbound;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.servicekit.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What intake decides and stores about a new conversation, and how supervisors find conversations again. */
@QuarkusTest
@RouterTestResources
class IntakeDecisionTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
    }

    @Test
    void storesLanguageDecisionSkillsPriorityAndSlaAndTheCustomerKeepsTheLanguage() {
        RouterApi.defineAgent("bea-" + run, RouterApi.agentBody("Bea", Map.of("es", 5, "en", 4), Map.of("CHAT", 0)));

        Records.send(Inbound.webChat("s1-" + run, "visitor-" + run, "c1", "Mi factura está mal", "es"));

        JsonPath first = RouterApi.conversation(RouterApi.awaitConversation("QUEUED", "chat:webchat:s1-" + run));
        assertEquals("es", first.getString("conversation.language"));
        assertEquals("hint", first.getString("conversation.languageSource"));
        assertEquals(1.0, first.getDouble("conversation.languageConfidence"));
        assertEquals(Map.of("billing", 2), first.getMap("conversation.skills"));
        assertEquals(0, first.getInt("conversation.priority"));
        assertEquals(0, first.getInt("conversation.stage"));
        Instant created = Instant.parse(first.getString("conversation.createdAt"));
        assertEquals(created.plus(Duration.ofMinutes(2)), Instant.parse(first.getString("conversation.slaDueAt")));
        assertEquals("es", first.getString("customer.language"));
        assertEquals("Europe/Madrid", first.getString("customer.timeZone"));
        assertNull(first.get("explanation.chosen"), "bea is offline");
        assertEquals(0, first.getInt("explanation.stage"));
        assertEquals(Map.of("NOT_AVAILABLE", 1), first.getMap("explanation.excluded"));

        // The next session has no hint and says little: the customer's known language decides.
        Records.send(Inbound.webChat("s2-" + run, "visitor-" + run, "c1", "ok", null));
        JsonPath second = RouterApi.conversation(RouterApi.awaitConversation("QUEUED", "chat:webchat:s2-" + run));
        assertEquals("es", second.getString("conversation.language"));
        assertEquals("customer", second.getString("conversation.languageSource"));
    }

    @Test
    void detectionIsRestrictedToTheLanguagesAgentsSpeak() {
        RouterApi.defineAgent("hi-" + run, RouterApi.agentBody("Priya", Map.of("hi", 5, "en", 4), Map.of()));

        Records.send(Inbound.webChat("h-" + run, "visitor-h" + run, "c1", "mera order abhi tak nahi aaya", null));

        JsonPath conversation = RouterApi.conversation(RouterApi.awaitConversation("QUEUED", "chat:webchat:h-" + run));
        assertEquals("hi", conversation.getString("conversation.language"));
        assertEquals("detected", conversation.getString("conversation.languageSource"));
        assertEquals(Map.of("orders", 2), conversation.getMap("conversation.skills"));
    }

    @Test
    void missedCallIsAnUrgentCallback() {
        Records.send(Inbound.message(Channel.PHONE, "asterisk", "phone:asterisk:+34600" + run.hashCode(),
                "call-" + run, new CustomerIdentity(null, null, "sip-" + run, null, null, null, null), null, null,
                null, Set.of(MessageFlag.MISSED_CALL)));

        JsonPath conversation = RouterApi.conversation(
                RouterApi.awaitConversation("QUEUED", "phone:asterisk:+34600" + run.hashCode()));
        assertEquals(Map.of("callbacks", 1), conversation.getMap("conversation.skills"));
        assertEquals(50, conversation.getInt("conversation.priority"));
    }

    @Test
    void listsConversationsByChannelLanguageSkillCustomerAndPage() {
        Records.send(Inbound.webChat("a-" + run, "va-" + run, "c1", "refund please", "en"));
        Records.send(Inbound.webChat("b-" + run, "vb-" + run, "c1", "where is my order", "en"));
        Records.send(Inbound.email("e-" + run + "@x", "e-" + run + "@x", "ana@example.com", "Invoice", "hello"));
        String a = RouterApi.awaitConversation("QUEUED", "chat:webchat:a-" + run);
        RouterApi.awaitConversation("QUEUED", "chat:webchat:b-" + run);
        String e = RouterApi.awaitConversation("QUEUED", "email:e-" + run + "@x");

        assertEquals(List.of(e), ids(Map.of("channel", "email")));
        assertEquals(Set.of(a, e), Set.copyOf(ids(Map.of("skill", "billing"))));
        assertEquals(3, ids(Map.of("language", "en", "status", "QUEUED")).size());
        String customer = RouterApi.conversation(a).getString("conversation.customerId");
        assertEquals(List.of(a), ids(Map.of("customer", customer)));
        List<String> all = ids(Map.of());
        assertEquals(3, all.size());
        assertEquals(all.subList(1, 3), ids(Map.of("offset", 1, "limit", 2)));
        assertTrue(ids(Map.of("agent", "nobody-" + run)).isEmpty());
        given().auth().oauth2(RouterApi.adminToken()).queryParam("channel", "FAX").when().get("/v1/conversations")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    private static List<String> ids(Map<String, ?> query) {
        return given().auth().oauth2(RouterApi.adminToken()).queryParams(query).when().get("/v1/conversations")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }
}
