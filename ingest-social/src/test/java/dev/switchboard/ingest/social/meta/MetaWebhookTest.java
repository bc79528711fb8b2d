package dev.switchboard.ingest.social.meta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.social.SocialTestProfile;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(SocialTestProfile.class)
class MetaWebhookTest {

    private static final String PATH = "/v1/social/meta";

    static String sign(byte[] body) {
        return MetaSignature.sign(SocialTestProfile.META_APP_SECRET, body);
    }

    private static String whatsAppText(String wamid, String waId, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA-1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
                 "contacts":[{"profile":{"name":"Amélie"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"%s","timestamp":"1749854575","type":"text","text":{"body":"%s"}}]}}]}]}
                """.formatted(waId, waId, wamid, text);
    }

    @Test
    void echoesTheChallengeWhenTheVerifyTokenMatches() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", SocialTestProfile.META_VERIFY_TOKEN)
                .queryParam("hub.challenge", "1158201444")
                .get(PATH)
                .then().statusCode(200).contentType(startsWith("text/plain")).body(equalTo("1158201444"));
    }

    @Test
    void refusesTheHandshakeWithAWrongVerifyToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .get(PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/forbidden"));
    }

    @Test
    void publishesASignedWhatsAppMessageWithThePhoneNumberOfTheSender() {
        byte[] body = whatsAppText("wamid.signed-1", "4915123456789", "Hallo, mein Paket fehlt").getBytes(StandardCharsets.UTF_8);

        String id = given().contentType("application/json").header(MetaSignature.HEADER, sign(body)).body(body)
                .post(PATH)
                .then().statusCode(200).body("accepted[0].item", equalTo("entry[0].changes[0].value.messages[0]"))
                .extract().path("accepted[0].id");

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals(Channel.SOCIAL, message.channel());
        assertEquals("whatsapp", message.provider());
        assertEquals("wamid.signed-1", message.providerMessageId());
        assertEquals("social:whatsapp:106540352242922:4915123456789", message.conversationKey());
        assertEquals("+4915123456789", message.customer().phone());
        assertEquals("DE", message.customer().country());
        assertEquals("Amélie", message.customer().displayName());
        assertEquals("Hallo, mein Paket fehlt", message.text());
        assertEquals(Instant.ofEpochSecond(1749854575), message.sentAt());
    }

    @Test
    void rejectsAWrongOrMissingSignatureAndPublishesNothing() {
        byte[] body = whatsAppText("wamid.unsigned-1", "4915123456789", "x").getBytes(StandardCharsets.UTF_8);
        byte[] tampered = whatsAppText("wamid.unsigned-1", "4915123456780", "x").getBytes(StandardCharsets.UTF_8);

        given().contentType("application/json").body(body).post(PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/unauthorized"));
        given().contentType("application/json").header(MetaSignature.HEADER, sign(body)).body(tampered).post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json")
                .header(MetaSignature.HEADER, MetaSignature.sign("not-the-app-secret", body)).body(body).post(PATH)
                .then().statusCode(401);

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> m.providerMessageId().equals("wamid.unsigned-1"), Duration.ofMillis(500)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("switchboard_ingest_social_rejected_total{provider=\"meta\"}"))
                .body(containsString("switchboard_ingest_rejected_total{reason=\"bad-signature\"}"));
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() {
        byte[] body = "{\"object\":".getBytes(StandardCharsets.UTF_8);

        given().contentType("application/json").header(MetaSignature.HEADER, sign(body)).body(body).post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/invalid-input"));
    }

    @Test
    void aMixedBatchPublishesTheGoodItemsAndReportsTheBrokenOne() {
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA-1","changes":[{"field":"messages","value":{
                 "metadata":{"phone_number_id":"106540352242922"},
                 "messages":[
                  {"from":"14155550100","id":"wamid.batch-1","timestamp":"1749854575","type":"text","text":{"body":"first"}},
                  {"from":"14155550100","timestamp":"1749854576","type":"text","text":{"body":"no id"}},
                  {"from":"14155550100","id":"wamid.batch-3","timestamp":"1749854577","type":"text","text":{"body":"third"}}],
                 "statuses":[{"id":"wamid.out-1","status":"read","timestamp":"1749854578","recipient_id":"14155550100"}]}},
                 {"field":"message_template_status_update","value":{"event":"APPROVED"}}]}]}
                """;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        JsonPath answer = given().contentType("application/json").header(MetaSignature.HEADER, sign(bytes)).body(bytes)
                .post(PATH)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("entry[0].changes[0].value.messages[0]", "entry[0].changes[0].value.messages[2]",
                "entry[0].changes[0].value.statuses[0]"), answer.getList("accepted.item"));
        assertEquals(List.of("entry[0].changes[0].value.messages[1]", "entry[0].changes[1]"),
                answer.getList("skipped.item"));
        assertTrue(answer.getString("skipped[0].reason").startsWith("malformed"));
        assertTrue(answer.getString("skipped[1].reason").startsWith("unknown-event"));
        given().get("/q/metrics").then()
                .body(containsString("switchboard_ingest_social_skipped_total{provider=\"whatsapp\",reason=\"malformed\"}"));
        List<String> ids = answer.getList("accepted.id");
        List<InboundMessage> published = TopicReader.inbound().allWith(m -> ids.contains(m.id()), Duration.ofMillis(500));
        assertEquals(Set.of("first", "third", "Our message wamid.out-1 is read."),
                Set.copyOf(published.stream().map(InboundMessage::text).toList()));
        InboundMessage status = published.stream().filter(m -> m.hasFlag(MessageFlag.STATUS_UPDATE)).findFirst().orElseThrow();
        assertEquals("wamid.out-1:read", status.providerMessageId());
        assertEquals("read", status.metadata().get("status"));
        assertEquals("social:whatsapp:106540352242922:14155550100", status.conversationKey());
    }
}
