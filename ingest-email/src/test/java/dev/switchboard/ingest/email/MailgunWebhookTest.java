package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.api.RawEmailResource;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Mailgun route posts, written from Mailgun's documentation of the parsed and MIME forwards (no corpus exists). */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(EmailTestProfile.class)
class MailgunWebhookTest {

    private static final String PATH = "/v1/email/mailgun";

    @Inject
    EmailNormalizer normalizer;

    @Test
    void publishesAParsedRouteWithNewTextSplitFromTheQuoteAndThreadsItsReply() {
        String messageId = "<mg." + UUID.randomUUID() + "@example.com>";
        Map<String, String> form = parsed(messageId);
        String id = postForm(signed(form, Instant.now())).statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        assertEquals("mailgun", message.provider());
        assertEquals("ann@example.com", message.customer().email());
        assertEquals("Ann Example", message.customer().displayName());
        assertEquals("Order 77 is late", message.subject());
        assertEquals("Where is it? It was due Monday.", message.text());
        assertTrue(message.quotedText().contains("It ships tomorrow."), message.quotedText());
        assertEquals("email:" + messageId.substring(1, messageId.length() - 1), message.conversationKey());
        assertEquals("ann@example.com", message.metadata().get("email.envelope.from"));
        assertEquals("support@example.com", message.metadata().get("email.envelope.to"));

        String reply = "From: Ann Example <ann@example.com>\r\nTo: support@example.com\r\nSubject: Re: Order 77 is late\r\n"
                + "Message-ID: <reply." + UUID.randomUUID() + "@example.com>\r\nIn-Reply-To: " + messageId + "\r\n"
                + "References: " + messageId + "\r\nDate: Tue, 1 Jul 2025 11:00:00 +0000\r\n\r\nAny news?\r\n";
        given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(RawEmailResource.RFC822)
                .body(reply.getBytes(StandardCharsets.UTF_8)).post("/v1/email/raw")
                .then().statusCode(202).body("conversationKey", equalTo(message.conversationKey()));
    }

    @Test
    void storesTheAttachmentsOfAMultipartRoute() {
        String messageId = "<mg." + UUID.randomUUID() + "@example.com>";
        byte[] image = new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3 };
        MultipartBody body = new MultipartBody();
        signed(parsed(messageId), Instant.now()).forEach(body::field);
        body.field("attachment-count", "2")
                .field("content-id-map", "{\"<photo@example.com>\": \"attachment-2\"}")
                .file("attachment-1", "invoice.txt", "text/plain", "INV-77".getBytes(StandardCharsets.US_ASCII))
                .file("attachment-2", "photo.jpg", "image/jpeg", image);
        String id = given().contentType(MultipartBody.CONTENT_TYPE).body(body.bytes()).post(PATH)
                .then().statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        assertEquals(List.of("invoice.txt", "photo.jpg"), message.attachments().stream().map(Attachment::name).toList());
        assertEquals(List.of("text/plain", "image/jpeg"), message.attachments().stream().map(Attachment::mediaType).toList());
        assertEquals(Threading.sha256(image), message.attachments().get(1).sha256());
        assertEquals("Where is it? It was due Monday.", message.text(), "a text attachment is no body");
    }

    @Test
    void readsTheWholeMessageOfAForwardToAMimeUrlAsTheRawPathDoes() {
        byte[] raw = Corpus.bytes("email/mikel-mail/raw_email_reply.eml");
        MultipartBody body = new MultipartBody();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipient", "support@example.com");
        form.put("sender", "someone@example.com");
        signed(form, Instant.now()).forEach(body::field);
        body.field("body-mime", raw);
        String id = given().contentType(MultipartBody.CONTENT_TYPE).body(body.bytes()).post(PATH + "/mime")
                .then().statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        InboundMessage direct = normalizer.normalize(raw, "smtp");
        assertEquals(direct.subject(), message.subject());
        assertEquals(direct.customer(), message.customer());
        assertEquals(direct.text(), message.text());
        assertEquals(direct.conversationKey(), message.conversationKey());
        assertEquals("support@example.com", message.metadata().get("email.envelope.to"));
    }

    @Test
    void rejectsABadSignatureAndPublishesNothing() {
        String messageId = "<mg." + UUID.randomUUID() + "@example.com>";
        Map<String, String> form = signed(parsed(messageId), Instant.now());
        form.put("signature", form.get("signature").replace(form.get("signature").charAt(0),
                form.get("signature").charAt(0) == 'a' ? 'b' : 'a'));
        postForm(form).statusCode(401).contentType("application/problem+json");
        assertNothingPublishedFor(messageId);
    }

    @Test
    void rejectsAStaleSignatureAndPublishesNothing() {
        String messageId = "<mg." + UUID.randomUUID() + "@example.com>";
        postForm(signed(parsed(messageId), Instant.now().minusSeconds(600)))
                .statusCode(401).contentType("application/problem+json");
        assertNothingPublishedFor(messageId);
    }

    @Test
    void rejectsAPostWithoutASignature() {
        postForm(parsed("<mg." + UUID.randomUUID() + "@example.com>")).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesMessageHeadersThatAreNotAListOfPairs() {
        Map<String, String> form = parsed("<mg." + UUID.randomUUID() + "@example.com>");
        form.put("message-headers", "{\"From\": \"ann@example.com\"}");
        postForm(signed(form, Instant.now())).statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("message-headers"));
    }

    @Test
    void refusesAWrongContentType() {
        given().contentType(ContentType.JSON).body("{}").post(PATH).then().statusCode(415).contentType("application/problem+json");
    }

    /** The fields of a parsed forward, as Mailgun documents them. */
    private static Map<String, String> parsed(String messageId) {
        String headers = "[[\"Received\", \"by mxa.mailgun.org\"], [\"From\", \"Ann Example <ann@example.com>\"], "
                + "[\"To\", \"support@example.com\"], [\"Subject\", \"Order 77 is late\"], "
                + "[\"Message-Id\", \"" + messageId + "\"], [\"Date\", \"Tue, 1 Jul 2025 10:00:00 +0000\"]]";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipient", "support@example.com");
        form.put("sender", "ann@example.com");
        form.put("from", "Ann Example <ann@example.com>");
        form.put("subject", "Order 77 is late");
        form.put("body-plain", "Where is it? It was due Monday.\n\nOn Mon, 30 Jun 2025 at 09:00, Support <support@example.com> wrote:\n> It ships tomorrow.\n");
        form.put("stripped-text", "Where is it? It was due Monday.");
        form.put("body-html", "<p>Where is it? It was due Monday.</p><blockquote>It ships tomorrow.</blockquote>");
        form.put("Message-Id", messageId);
        form.put("message-headers", headers);
        return form;
    }

    private static Map<String, String> signed(Map<String, String> form, Instant at) {
        Map<String, String> signed = new LinkedHashMap<>(form);
        String timestamp = Long.toString(at.getEpochSecond());
        String token = UUID.randomUUID().toString().replace("-", "");
        signed.put("timestamp", timestamp);
        signed.put("token", token);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(EmailTestProfile.MAILGUN_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            signed.put("signature", HexFormat.of().formatHex(mac.doFinal((timestamp + token).getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return signed;
    }

    private static ValidatableResponse postForm(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(body).post(PATH).then();
    }

    private static void assertNothingPublishedFor(String messageId) {
        String id = messageId.substring(1, messageId.length() - 1);
        assertTrue(InboundTopic.readToEnd().stream()
                .noneMatch(m -> m.provider().equals("mailgun") && id.equals(m.providerMessageId())),
                "nothing published for " + messageId);
    }
}
