package dev.switchboard.ingest.social.line;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.social.SocialTestProfile;
import dev.switchboard.ingest.social.Webhooks;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(SocialTestProfile.class)
class LineWebhookTest {

    private static String text(String id, String text) {
        return """
                {"type":"message","mode":"active","timestamp":1709290800000,"webhookEventId":"E%s",
                 "deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"Uline-1"},
                 "message":{"id":"%s","type":"text","text":"%s"}}""".formatted(id, id, text);
    }

    @Test
    void severalEventsBecomeOneRecordEachAndABrokenOneDropsNoSibling() {
        String body = "{\"destination\":\"Ubot\",\"events\":[" + text("880001", "one") + ","
                + "{\"type\":\"message\",\"mode\":\"active\",\"source\":{\"type\":\"user\",\"userId\":\"Uline-1\"},"
                + "\"message\":{\"type\":\"text\",\"text\":\"no id\"}}," + text("880003", "three") + "]}";

        JsonPath answer = Webhooks.line(body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .extract().jsonPath();

        assertEquals(List.of("events[0]", "events[2]"), answer.getList("accepted.item"));
        assertEquals(List.of("malformed: message.id is required"), answer.getList("skipped.reason"));
        List<String> ids = answer.getList("accepted.id");
        List<InboundMessage> published = TopicReader.inbound().allWith(m -> ids.contains(m.id()), Duration.ofMillis(500));
        assertEquals(List.of("one", "three"), published.stream().map(InboundMessage::text).toList());
        assertEquals("social:line:Ubot:Uline-1", published.get(0).conversationKey());
    }

    @Test
    void theConsoleVerifyRequestWithNoEventsIsAcknowledged() {
        Webhooks.line("{\"destination\":\"Ubot\",\"events\":[]}".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200);
    }

    @Test
    void rejectsATamperedOrUnsignedBodyAndPublishesNothing() {
        byte[] body = ("{\"destination\":\"Ubot\",\"events\":[" + text("880099", "tampered") + "]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tampered = body.clone();
        tampered[tampered.length - 5] ^= 1;

        given().contentType("application/json")
                .header(LineSignature.HEADER, LineSignature.sign(SocialTestProfile.LINE_CHANNEL_SECRET, body))
                .body(tampered).post("/v1/social/line")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(body).post("/v1/social/line").then().statusCode(401);

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> m.providerMessageId().equals("880099"), Duration.ofMillis(500)));
    }
}
