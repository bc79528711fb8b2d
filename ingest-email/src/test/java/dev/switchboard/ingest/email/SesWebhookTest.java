package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(EmailTestProfile.class)
class SesWebhookTest {

    private static final String PATH = "/v1/email/ses";
    private static final String RAW = "email/chatwoot/mail_with_quote.eml";

    @Inject
    EmailNormalizer normalizer;

    @Inject
    RecordingSnsConfirmer confirmer;

    @ParameterizedTest(name = "encoding {0}, signature version {1}")
    @CsvSource({ "BASE64, 1", "UTF8, 2" })
    void publishesTheRawMessageOfAnSnsActionNotificationAsTheRawPathReadsIt(String encoding, String version) {
        byte[] raw = Corpus.bytes(RAW);
        String content = encoding.equals("BASE64") ? Base64.getEncoder().encodeToString(raw)
                : new String(raw, StandardCharsets.UTF_8);
        String notification = SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, SnsTestSigner.newMessageId(),
                sesNotification("Received", "SNS", encoding, content), version);
        String id = post(notification).statusCode(202).body("status", equalTo("accepted")).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        InboundMessage direct = normalizer.normalize(raw, "smtp");
        assertEquals("amazon-ses", message.provider());
        assertEquals(direct.subject(), message.subject());
        assertEquals(direct.customer(), message.customer());
        assertEquals(direct.text(), message.text());
        assertEquals(direct.quotedText(), message.quotedText());
        assertEquals(direct.conversationKey(), message.conversationKey());
        assertEquals("PASS", message.metadata().get("ses.spamVerdict"));
        assertEquals("SNS", message.metadata().get("ses.action"));
        assertTrue(!message.metadata().containsKey("email.contentNotIncluded"));
    }

    @Test
    void publishesTheHeadersAloneWhenSesLeftTheContentInS3() throws Exception {
        String envelope = EmailWebhookCorpusTest.sesNotifications(Corpus.file("email-webhook/amazon-ses/ses-s3-event.json")).get(0);
        Instant before = Instant.now();
        String id = post(envelope).statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id) && !m.receivedAt().isBefore(before));

        assertEquals("true", message.metadata().get("email.contentNotIncluded"));
        assertEquals("my-S3-bucket", message.metadata().get("ses.s3.bucket"));
        assertEquals("email", message.metadata().get("ses.s3.objectKey"));
        assertEquals(Instant.parse("2015-09-11T20:32:32Z"), message.sentAt());
        assertEquals("61967230-7A45-4A9D-BEC9-87CBCF2211C9@example.com", message.providerMessageId());
        assertNull(message.text());
    }

    @Test
    void confirmsASubscriptionThroughTheConfirmerAndPublishesNothing() {
        String messageId = SnsTestSigner.newMessageId();
        String subscribe = "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=" + messageId;
        post(SnsTestSigner.subscriptionConfirmation(EmailTestProfile.SES_TOPIC, messageId, subscribe))
                .statusCode(200).body("status", equalTo("subscription-confirmed"));
        assertTrue(confirmer.confirmed().contains(URI.create(subscribe)), confirmer.confirmed().toString());
        assertNothingPublishedFor(messageId);
    }

    @Test
    void refusesASubscribeUrlOutsideSns() {
        String messageId = SnsTestSigner.newMessageId();
        String subscribe = "https://attacker.example.com/?Token=" + messageId;
        post(SnsTestSigner.subscriptionConfirmation(EmailTestProfile.SES_TOPIC, messageId, subscribe))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("SubscribeURL"));
        assertTrue(!confirmer.confirmed().contains(URI.create(subscribe)));
    }

    @Test
    void rejectsABadSignatureAndPublishesNothing() {
        String messageId = SnsTestSigner.newMessageId();
        Map<String, String> envelope = fields(SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, messageId,
                sesNotification("Received", "SNS", "UTF8", "From: a@example.com\r\nSubject: real\r\n\r\nreal\r\n"), "2"));
        envelope.put("Message", sesNotification("Received", "SNS", "UTF8",
                "From: a@example.com\r\nSubject: forged\r\n\r\nforged\r\n"));
        post(SnsTestSigner.json(envelope)).statusCode(401).contentType("application/problem+json");
        assertNothingPublishedFor(messageId);
    }

    @Test
    void rejectsASigningCertificateThatSnsDoesNotServe() {
        String messageId = SnsTestSigner.newMessageId();
        Map<String, String> envelope = fields(SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, messageId,
                sesNotification("Received", "SNS", "UTF8", "From: a@example.com\r\n\r\nhi\r\n"), "2"));
        envelope.put("SigningCertURL", "https://sns.us-east-1.amazonaws.com.attacker.example/cert.pem");
        post(SnsTestSigner.json(envelope)).statusCode(401).contentType("application/problem+json");
        envelope.put("SigningCertURL", "http://sns.us-east-1.amazonaws.com/cert.pem");
        post(SnsTestSigner.json(envelope)).statusCode(401).contentType("application/problem+json");
        assertNothingPublishedFor(messageId);
    }

    @Test
    void rejectsATopicThatIsNotConfigured() {
        String messageId = SnsTestSigner.newMessageId();
        post(SnsTestSigner.notification("arn:aws:sns:us-east-1:999999999999:someone-elses", messageId,
                sesNotification("Received", "SNS", "UTF8", "From: a@example.com\r\n\r\nhi\r\n"), "2"))
                .statusCode(401).contentType("application/problem+json");
        assertNothingPublishedFor(messageId);
    }

    @Test
    void acknowledgesNotificationsThatAreNotReceivedMailWithoutPublishing() {
        String messageId = SnsTestSigner.newMessageId();
        post(SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, messageId,
                sesNotification("Bounce", null, null, null), "2"))
                .statusCode(200).body("status", equalTo("ignored"));
        assertNothingPublishedFor(messageId);
    }

    @Test
    void refusesABodyThatIsNoSnsMessage() {
        post("not json").statusCode(400).contentType("application/problem+json");
        post("{\"Message\": \"x\"}").statusCode(400).contentType("application/problem+json").body("field", equalTo("Type"));
    }

    @Test
    void refusesASignedMessageThatIsNoSesNotification() {
        post(SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, SnsTestSigner.newMessageId(), "plain text", "2"))
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("Message"));
    }

    @Test
    void refusesAWrongContentType() {
        given().contentType(ContentType.XML).body("<x/>").post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    /** An SES receipt notification; {@code content} and the action's encoding only when given. */
    private static String sesNotification(String type, String action, String encoding, String content) {
        Map<String, Object> actionFields = new LinkedHashMap<>();
        if (action != null) {
            actionFields.put("type", action);
            actionFields.put("topicArn", EmailTestProfile.SES_TOPIC);
            actionFields.put("encoding", encoding);
        }
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("notificationType", type);
        notification.put("mail", Map.of("messageId", "ses-" + SnsTestSigner.newMessageId(), "source", "a@example.com"));
        notification.put("receipt", Map.of("action", actionFields, "spamVerdict", Map.of("status", "PASS"),
                "recipients", List.of("support@example.com")));
        if (content != null) {
            notification.put("content", content);
        }
        return SnsTestSigner.json(notification);
    }

    private static Map<String, String> fields(String json) {
        try {
            return ContractJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNothingPublishedFor(String snsMessageId) {
        assertTrue(InboundTopic.readToEnd().stream().noneMatch(m -> snsMessageId.equals(m.metadata().get("sns.messageId"))),
                "nothing published for SNS message " + snsMessageId);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8)).post(PATH).then();
    }
}
