package dev.switchboard.router.flow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
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

/** One customer across channels: identities recognised automatically, and merged by a supervisor when needed. */
@QuarkusTest
@RouterTestResources
class CustomerAcrossChannelsTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String waId = "346" + String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
    }

    @Test
    void smsAndWhatsAppFromOneNumberAreOneCustomer() {
        Records.send(Inbound.sms("+" + waId, "+15550009999", "SM1" + run, "Hi, order 42?"));
        Records.send(Inbound.whatsApp("15550001", waId, "wamid.1-" + run, "Same question on WhatsApp"));

        String sms = customerOf(RouterApi.awaitConversation("QUEUED", "sms:twilio:+" + waId + ":+15550009999"));
        String whatsApp = customerOf(RouterApi.awaitConversation("QUEUED", "social:whatsapp:15550001:" + waId));

        assertEquals(sms, whatsApp);
        assertEquals(List.of("+" + waId, "whatsapp:" + waId), customer(sms).getList("identities"));
    }

    @Test
    void afterAMergeEmailAndWhatsAppAreOneCustomerAndLaterMessagesLandOnTheSurvivor() {
        String root = "order-" + run + "@mail.example";
        Records.send(Inbound.email(root, root, "ana." + run + "@example.com", "Order 42", "Where is my order?"));
        Records.send(Inbound.whatsApp("15550001", waId, "wamid.1-" + run, "Hola, soy Ana"));
        String emailConversation = RouterApi.awaitConversation("QUEUED", "email:" + root);
        String whatsAppConversation = RouterApi.awaitConversation("QUEUED", "social:whatsapp:15550001:" + waId);
        String survivor = customerOf(emailConversation);
        String other = customerOf(whatsAppConversation);
        assertNotEquals(survivor, other, "nothing links an email address to a phone number until someone says so");

        JsonPath merged = given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("from", other))
                .when().post("/v1/customers/{id}/merge", survivor)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("+" + waId, "ana." + run + "@example.com", "whatsapp:" + waId),
                merged.getList("identities"));
        assertEquals(2, merged.getList("recentConversations").size());
        assertEquals(survivor, customerOf(whatsAppConversation));
        assertEquals(survivor, customer(other).getString("mergedInto"));

        // A new WhatsApp thread (after the first closed) and a lookup by either identity find the survivor.
        closeInDatabase(whatsAppConversation);
        Records.send(Inbound.message(Channel.SOCIAL, "whatsapp",
                "social:whatsapp:15550002:" + waId, "wamid.2-" + run,
                new CustomerIdentity(null, "+" + waId, waId, "Ana", null, null, null),
                null, "¿Alguna novedad?", null, null));
        String later = RouterApi.awaitConversation("QUEUED", "social:whatsapp:15550002:" + waId);
        assertEquals(survivor, customerOf(later));
        assertEquals(survivor, byIdentity("whatsapp:" + waId).getString("[0].id"));
        assertEquals(survivor, byIdentity("ANA." + run + "@example.com").getString("[0].id"));
    }

    @Test
    void refusesMergesThatCannotBeDone() {
        Records.send(Inbound.sms("+" + waId, "+15550009999", "SM1" + run, "Hi"));
        Records.send(Inbound.webChat("s-" + run, "visitor-" + run, "c1", "Hello", "en"));
        String a = customerOf(RouterApi.awaitConversation("QUEUED", "sms:twilio:+" + waId + ":+15550009999"));
        String b = customerOf(RouterApi.awaitConversation("QUEUED", "chat:webchat:s-" + run));

        merge(a, Map.of("from", a)).statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("from"));
        merge(a, Map.of("from", "not-an-id")).statusCode(400).body("field", equalTo("from"));
        merge(a, Map.of("from", UUID.randomUUID().toString())).statusCode(404);
        merge(a, Map.of("from", b)).statusCode(200);
        merge(a, Map.of("from", b)).statusCode(409).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(TokenIssuer.shared().agentToken("ana")).contentType(ContentType.JSON)
                .body(Map.of("from", b)).when().post("/v1/customers/{id}/merge", a).then().statusCode(403);
    }

    @Test
    void lookupByIdentityNamesTheIdentityItCannotRead() {
        given().auth().oauth2(RouterApi.adminToken()).queryParam("identity", "nobody")
                .when().get("/v1/customers")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("identity"));
        assertTrue(byIdentity("telegram:" + run).getList("$").isEmpty());
    }

    private static ValidatableResponse merge(String into, Map<String, String> body) {
        return given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/customers/{id}/merge", into).then();
    }

    private static String customerOf(String conversationId) {
        return RouterApi.conversation(conversationId).getString("conversation.customerId");
    }

    private static JsonPath customer(String customerId) {
        return given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/customers/{id}", customerId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath byIdentity(String identity) {
        return given().auth().oauth2(RouterApi.adminToken()).queryParam("identity", identity)
                .when().get("/v1/customers").then().statusCode(200).extract().jsonPath();
    }

    private static void closeInDatabase(String conversationId) {
        RouterApi.sql("UPDATE conversations SET status = 'CLOSED', closed_at = now(), assigned_agent_id = NULL"
                + " WHERE id = '" + conversationId + "'");
    }
}
