package dev.switchboard.ingest.social.telegram;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
class TelegramWebhookTest {

    private static String update(int updateId, int messageId, String text) {
        return """
                {"update_id":%d,"message":{"message_id":%d,"date":1700000000,"from":{"id":4242,"first_name":"Ana"},
                 "chat":{"id":4242,"type":"private"},"text":"%s"}}""".formatted(updateId, messageId, text);
    }

    @Test
    void rejectsAWrongMissingOrOtherBotsSecretAndPublishesNothing() {
        byte[] body = update(1, 9001, "secret test").getBytes(StandardCharsets.UTF_8);
        String path = "/v1/social/telegram/" + SocialTestProfile.TELEGRAM_BOT;

        given().contentType("application/json").body(body).post(path)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").header(TelegramResource.SECRET_HEADER, "guess").body(body).post(path)
                .then().statusCode(401);
        given().contentType("application/json").header(TelegramResource.SECRET_HEADER, "another-bots-secret")
                .body(body).post(path)
                .then().statusCode(401);
        given().contentType("application/json").header(TelegramResource.SECRET_HEADER, SocialTestProfile.TELEGRAM_SECRET)
                .body(body).post("/v1/social/telegram/no-such-bot")
                .then().statusCode(401);

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> m.providerMessageId().endsWith(":4242:9001"), Duration.ofMillis(500)));
    }

    @Test
    void aBatchOfUpdatesPublishesTheGoodOnesAndReportsTheBrokenOne() {
        String body = "[" + update(11, 9011, "first") + ",{\"update_id\":12,\"message\":{\"message_id\":9012,"
                + "\"text\":\"no chat\"}}," + update(13, 9013, "third") + "]";

        JsonPath answer = Webhooks.telegram(body.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("[0]", "[2]"), answer.getList("accepted.item"));
        assertEquals(List.of("[1]"), answer.getList("skipped.item"));
        assertEquals("malformed: message.chat.id is required", answer.getString("skipped[0].reason"));
        List<String> ids = answer.getList("accepted.id");
        List<String> texts = TopicReader.inbound().allWith(m -> ids.contains(m.id()), Duration.ofMillis(500))
                .stream().map(InboundMessage::text).toList();
        assertEquals(List.of("first", "third"), texts);
    }

    @Test
    void aRedeliveredUpdateGetsTheSameMessageId() {
        byte[] body = update(21, 9021, "twice").getBytes(StandardCharsets.UTF_8);

        String first = Webhooks.telegram(body).then().statusCode(200).extract().path("accepted[0].id");
        Webhooks.telegram(body).then().statusCode(200).body("accepted[0].id", equalTo(first));
    }
}
