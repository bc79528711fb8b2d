package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.email.api.RawEmailResource;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(EmailTestProfile.class)
class RawEmailIngestTest {

    private static final String PATH = "/v1/email/raw";

    @Test
    void aReplyJoinsTheConversationOfTheMessageItAnswers() {
        String original = post(message("<first.1@Example.COM>", null, null, "Order 1234 is late", "Where is my order?"))
                .path("conversationKey");
        String reply = post(message("<agent.2@support.example>", "<first.1@example.com>", "<first.1@example.com>",
                "Re: Order 1234 is late", "It ships today.")).path("conversationKey");
        String second = post(message("<first.3@example.com>", "<agent.2@support.example>",
                "<first.1@example.com>\r\n <agent.2@support.example>", "Re: Re: Order 1234 is late", "Thanks!"))
                .path("conversationKey");
        assertEquals("email:first.1@example.com", original, "the domain of a message id is case-insensitive");
        assertEquals(original, reply);
        assertEquals(original, second);
    }

    @Test
    void aMessageWithoutIdsThreadsBySubjectAndParticipants() {
        String first = post(message(null, null, null, "Invoice question", "Hello")).path("conversationKey");
        String again = post(message(null, null, null, "RE: AW: Invoice question", "Hello again")).path("conversationKey");
        assertEquals(first, again);
        assertTrue(first.startsWith("email:subject:"));
    }

    @Test
    void aRepostedMessageGetsTheSameAnswer() {
        String body = message("<same.1@example.com>", null, null, "Hi", "Same message twice");
        assertEquals(post(body).asString(), post(body).asString());
    }

    @Test
    void storesAttachmentsByHashAndFlagsTnef() throws Exception {
        String id = given().contentType(RawEmailResource.RFC822).header("X-Api-Key", EmailTestProfile.API_KEY)
                .body(Files.readAllBytes(Corpus.file("email/mimekit/ukr.eml")))
                .post(PATH).then().statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        Attachment winmail = message.attachments().get(0);
        assertEquals("winmail.dat", winmail.name());
        assertEquals("application/ms-tnef", winmail.mediaType());
        assertEquals("true", message.metadata().get("email.tnef"));
        byte[] stored = Files.readAllBytes(Path.of(URI.create(winmail.location())));
        assertEquals(winmail.size(), stored.length);
        assertEquals(winmail.sha256(), Threading.sha256(stored));
        assertTrue(Path.of(URI.create(winmail.location())).startsWith(Path.of(EmailTestProfile.ATTACHMENTS).toAbsolutePath()));
    }

    @Test
    void keepsHtmlOnlyMailAsTextAndSanitizedHtml() {
        String body = "From: Ann <ann@example.com>\r\nTo: help@example.com\r\nSubject: html\r\n"
                + "Message-ID: <html.1@example.com>\r\nDate: Tue, 1 Jul 2025 10:00:00 +0000\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n"
                + "<p>Please <b>help</b></p><script>alert('x')</script><img src=x onerror=alert(1)>";
        String id = post(body).path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("Please help", message.text());
        assertTrue(!message.html().contains("script") && !message.html().contains("onerror"), message.html());
    }

    @Test
    void boundsANestingBombAndFlagsIt() {
        StringBuilder body = new StringBuilder("From: a@example.com\r\nSubject: nest\r\nMessage-ID: <nest.1@example.com>\r\n");
        int depth = 200;
        for (int i = 0; i < depth; i++) {
            body.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        body.append("Content-Type: text/plain\r\n\r\ndeep inside\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            body.append("--b").append(i).append("--\r\n");
        }
        String id = post(body.toString()).path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertTrue(message.hasFlag(MessageFlag.MALFORMED));
        assertTrue(message.metadata().get("email.problems").contains("nesting deeper than 8"), message.metadata().toString());
    }

    @Test
    void boundsAnAttachmentBombAndFlagsIt() {
        StringBuilder body = new StringBuilder("From: a@example.com\r\nSubject: many\r\nMessage-ID: <many.1@example.com>\r\n"
                + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n");
        for (int i = 0; i < 5000; i++) {
            body.append("--x\r\nContent-Type: application/octet-stream; name=\"f").append(i)
                    .append(".bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getEncoder().encodeToString(("part " + i).getBytes(StandardCharsets.US_ASCII))).append("\r\n");
        }
        body.append("--x--\r\n");
        String id = post(body.toString()).path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals(50, message.attachments().size());
        assertTrue(message.metadata().get("email.problems").contains("more than 50 MIME parts"));
    }

    @Test
    void refusesAMessageOverTheSizeLimitBeforeReadingIt() throws Exception {
        // The limit is checked on Content-Length before the body is read, so announcing 25 MB + 1 is enough;
        // writing all of it would only time how fast the client notices the closed connection.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: message/rfc822\r\n"
                    + "X-Api-Key: " + EmailTestProfile.API_KEY + "\r\nContent-Length: " + (25 * 1024 * 1024 + 1)
                    + "\r\n\r\nFrom: a@example.com\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = readHead(socket);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), response);
        }
    }

    @Test
    void refusesAWrongContentType() {
        given().contentType(ContentType.JSON).header("X-Api-Key", EmailTestProfile.API_KEY).body("{}")
                .post(PATH)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAMissingApiKey() {
        given().contentType(RawEmailResource.RFC822).body(message("<k.1@example.com>", null, null, "Hi", "Hi").getBytes(StandardCharsets.UTF_8))
                .post(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAnEmptyBody() {
        given().contentType(RawEmailResource.RFC822).header("X-Api-Key", EmailTestProfile.API_KEY).body(new byte[0])
                .post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** The response up to the end of its headers; the server answers without waiting for the body. */
    private static String readHead(Socket socket) throws java.io.IOException {
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[1024];
        int read;
        while (!response.toString().contains("\r\n\r\n") && (read = socket.getInputStream().read(buffer)) > 0) {
            response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return response.toString();
    }

    private static ExtractableResponse<Response> post(String body) {
        return given().contentType(RawEmailResource.RFC822).header("X-Api-Key", EmailTestProfile.API_KEY)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(PATH)
                .then().statusCode(202).body("status", equalTo("accepted"))
                .extract();
    }

    private static String message(String messageId, String inReplyTo, String references, String subject, String text) {
        StringBuilder m = new StringBuilder("From: Customer <customer@example.com>\r\nTo: help@example.com\r\n")
                .append("Subject: ").append(subject).append("\r\nDate: Tue, 1 Jul 2025 10:00:00 +0000\r\n");
        if (messageId != null) {
            m.append("Message-ID: ").append(messageId).append("\r\n");
        }
        if (inReplyTo != null) {
            m.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
        }
        if (references != null) {
            m.append("References: ").append(references).append("\r\n");
        }
        return m.append("Content-Type: text/plain; charset=utf-8\r\n\r\n").append(text).append("\r\n").toString();
    }
}
