package dev.switchboard.ingest.social.slack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(SocialTestProfile.class)
class SlackWebhookTest {

    private static final String PATH = "/v1/social/slack";

    private static byte[] message(String eventId, String channelType, String ts, String threadTs) {
        return """
                {"type":"event_callback","team_id":"T1","event_id":"%s","event_time":1709290800,
                 "event":{"type":"message","user":"U7","text":"Printer on floor 3 is down","ts":"%s",%s
                  "channel":"C9","channel_type":"%s"}}
                """.formatted(eventId, ts, threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",", channelType)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Response post(byte[] body, long timestamp, String signedTimestamp) {
        return given().contentType("application/json")
                .header(SlackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SlackSignature.HEADER,
                        SlackSignature.sign(SocialTestProfile.SLACK_SIGNING_SECRET, signedTimestamp, body))
                .body(body).post(PATH);
    }

    @Test
    void answersTheUrlVerificationChallengeOnlyWhenSigned() {
        byte[] body = "{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}"
                .getBytes(StandardCharsets.UTF_8);

        Webhooks.slack(body).then().statusCode(200).body("challenge", equalTo("c-123"));
        given().contentType("application/json").body(body).post(PATH).then().statusCode(401);
    }

    @Test
    void refusesAReplayedRequestWhoseSignatureIsOtherwiseValid() {
        byte[] body = message("EvReplay1", "im", "1709290800.000100", null);
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

        post(body, sixMinutesAgo, Long.toString(sixMinutesAgo))
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("X-Slack-Request-Timestamp is outside the replay window"));

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> m.providerMessageId().equals("EvReplay1"), Duration.ofMillis(500)));
    }

    @Test
    void refusesATamperedBodyOrATimestampOtherThanTheSignedOne() {
        byte[] body = message("EvTamper1", "im", "1709290800.000100", null);
        byte[] tampered = body.clone();
        tampered[40] ^= 1;
        long now = Instant.now().getEpochSecond();

        given().contentType("application/json")
                .header(SlackSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(SlackSignature.HEADER, SlackSignature.sign(SocialTestProfile.SLACK_SIGNING_SECRET,
                        Long.toString(now), body))
                .body(tampered).post(PATH)
                .then().statusCode(401);
        post(body, now, Long.toString(now - 1)).then().statusCode(401);
    }

    @Test
    void aChannelMessageBelongsToItsThreadAndARetryKeepsItsId() {
        byte[] body = message("EvThread1", "channel", "1709290900.000200", "1709290800.000100");

        String id = Webhooks.slack(body).then().statusCode(200).extract().path("accepted[0].id");
        given().contentType("application/json").header("X-Slack-Retry-Num", "1")
                .header(SlackSignature.TIMESTAMP_HEADER, Long.toString(Instant.now().getEpochSecond()))
                .header(SlackSignature.HEADER, SlackSignature.sign(SocialTestProfile.SLACK_SIGNING_SECRET,
                        Long.toString(Instant.now().getEpochSecond()), body))
                .body(body).post(PATH)
                .then().statusCode(200).body("accepted[0].id", equalTo(id));

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("social:slack:T1:C9:1709290800.000100", message.conversationKey());
        assertEquals("1709290800.000100", message.metadata().get("replyTo"));
        assertEquals("U7", message.customer().handle());
        assertEquals("Printer on floor 3 is down", message.text());
    }

    @Test
    void botMessagesAndUnknownEventsAreAcknowledgedAndReported() {
        byte[] bot = ("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"EvBot1\",\"event\":{\"type\":"
                + "\"message\",\"bot_id\":\"B1\",\"text\":\"our reply\",\"ts\":\"1.2\",\"channel\":\"D1\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] unknown = ("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event_id\":\"EvNew1\",\"event\":{\"type\":"
                + "\"workflow_step_execute\"}}").getBytes(StandardCharsets.UTF_8);

        Webhooks.slack(bot).then().statusCode(200).body("skipped[0].reason", equalTo("echo: bot message"));
        Webhooks.slack(unknown).then().statusCode(200)
                .body("skipped[0].reason", equalTo("unknown-event: workflow_step_execute"));
    }
}
