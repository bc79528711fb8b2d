package dev.switchboard.ingest.social.x;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
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
class XWebhookTest {

    private static final String ACCOUNT = "3001";

    private static final String EVENTS = """
            {"for_user_id":"3001",
             "direct_message_events":[
              {"type":"message_create","id":"1710000000000000001","created_timestamp":"1709290800000",
               "message_create":{"target":{"recipient_id":"3001"},"sender_id":"4001",
                "message_data":{"text":"Where is my refund? 🙁","entities":{},
                 "attachment":{"type":"media","media":{"id_str":"77","type":"photo",
                  "media_url_https":"https://ton.twitter.com/1.1/ton/data/dm/1/77/receipt.jpg"}}}}},
              {"type":"message_create","id":"1710000000000000002","created_timestamp":"1709290860000",
               "message_create":{"target":{"recipient_id":"4001"},"sender_id":"3001","message_data":{"text":"our reply"}}}],
             "tweet_create_events":[
              {"id_str":"1710000000000000003","text":"@acme_help my order never came","lang":"en",
               "timestamp_ms":"1709290900000","in_reply_to_status_id_str":"1700000000000000000",
               "user":{"id_str":"4002","name":"Bea","screen_name":"bea_b"}}],
             "favorite_events":[{"id":"f1"}],
             "users":{"4001":{"id":"4001","name":"Ali","screen_name":"ali_a"},"3001":{"id":"3001","name":"Acme"}}}
            """;

    private static String hmacBase64(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void answersTheCrcCheckWithTheHmacOfTheToken() throws Exception {
        given().queryParam("crc_token", "crc-token-42")
                .get("/v1/social/x")
                .then().statusCode(200)
                .body("response_token", equalTo("sha256=" + hmacBase64(SocialTestProfile.X_CONSUMER_SECRET, "crc-token-42")));
        given().get("/v1/social/x").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void publishesDirectMessagesAndMentionsButNotTheAccountsOwn() {
        JsonPath answer = Webhooks.x(EVENTS.getBytes(StandardCharsets.UTF_8)).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("direct_message_events[0]", "tweet_create_events[0]"), answer.getList("accepted.item"));
        assertEquals(List.of("echo: sent by the account", "ignored: favorite_events"), answer.getList("skipped.reason"));

        String dmId = answer.getString("accepted[0].id");
        InboundMessage dm = TopicReader.inbound().await(m -> m.id().equals(dmId));
        assertEquals("x", dm.provider());
        assertEquals("1710000000000000001", dm.providerMessageId());
        assertEquals("social:x:" + ACCOUNT + ":4001", dm.conversationKey());
        assertEquals("Where is my refund? 🙁", dm.text());
        assertEquals("Ali", dm.customer().displayName());
        assertEquals("ali_a", dm.metadata().get("x.screenName"));
        assertEquals(Instant.ofEpochMilli(1709290800000L), dm.sentAt());
        assertEquals(List.of(new Attachment(null, null, null, null,
                "https://ton.twitter.com/1.1/ton/data/dm/1/77/receipt.jpg")), dm.attachments());
        assertEquals(Set.of(), dm.flags());

        String mentionId = answer.getString("accepted[1].id");
        InboundMessage mention = TopicReader.inbound().await(m -> m.id().equals(mentionId));
        assertEquals(Set.of(MessageFlag.PUBLIC_POST), mention.flags());
        assertEquals("social:x:" + ACCOUNT + ":public:4002", mention.conversationKey());
        assertEquals("@acme_help my order never came", mention.text());
        assertEquals("en", mention.languageHint());
        assertEquals("1700000000000000000", mention.metadata().get("replyTo"));
        assertEquals("https://x.com/bea_b/status/1710000000000000003", mention.metadata().get("permalink"));
    }

    @Test
    void rejectsATamperedBodyAndPublishesNothing() {
        byte[] body = EVENTS.replace("1710000000000000001", "1710000000000000099").getBytes(StandardCharsets.UTF_8);
        byte[] tampered = body.clone();
        tampered[body.length / 2] ^= 1;

        given().contentType("application/json")
                .header(XSignature.HEADER, XSignature.sign(SocialTestProfile.X_CONSUMER_SECRET, body))
                .body(tampered).post("/v1/social/x")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(body).post("/v1/social/x").then().statusCode(401);

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> m.providerMessageId().equals("1710000000000000099"), Duration.ofMillis(500)));
    }
}
