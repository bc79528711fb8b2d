package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.email.api.RawEmailResource;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every payload under shared/corpus/email-webhook posted to its provider's endpoint, read back from Kafka as
 * email-webhook-expectations.csv says, and answered by a raw reply that must join its conversation.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(EmailTestProfile.class)
class EmailWebhookCorpusTest {

    private static final String SENDGRID_CONTENT_TYPE = "multipart/form-data; boundary=xYzZY";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/email-webhook-expectations.csv", delimiter = '|', maxCharsPerColumn = 1024)
    void readsEachPayloadAsExpectedAndThreadsARawReplyWithIt(String file, String subject, String sender, String textStart,
            int attachments, String flags, String threadRoot) throws Exception {
        Instant before = Instant.now();
        List<String> ids = post(Corpus.file("email-webhook/" + file));
        String id = ids.get(0);
        // Two payloads of one provider message share its id; this file's is the one received after it was posted.
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id) && !m.receivedAt().isBefore(before));

        assertEquals(subject, message.subject(), "subject");
        assertEquals(sender, message.customer().email(), "sender");
        if (textStart == null) {
            assertNull(message.text(), "text");
        } else {
            assertTrue(message.text().startsWith(textStart), "text starts with " + textStart + " but is " + message.text());
        }
        assertEquals(attachments, message.attachments().size(), "attachments");
        Set<MessageFlag> expected = flags == null ? Set.of()
                : Arrays.stream(flags.split(" ")).map(MessageFlag::valueOf).collect(Collectors.toSet());
        assertEquals(expected, message.flags(), "flags; problems: " + message.metadata().get("email.problems"));
        if (threadRoot == null) {
            assertTrue(message.conversationKey().startsWith("email:subject:"), message.conversationKey());
        } else {
            assertEquals("email:" + threadRoot, message.conversationKey());
        }
        assertEquals(message.conversationKey(), postRawReply(message), "a raw reply joins the conversation");
    }

    @Test
    void theExpectationTableCoversEveryCorpusPayload() throws IOException {
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/email-webhook-expectations.csv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.substring(0, line.indexOf('|')));
            }
        }
        Path root = Corpus.file("email-webhook");
        assertEquals(new TreeSet<>(Corpus.files("email-webhook").stream()
                .map(f -> root.relativize(f).toString().replace('\\', '/')).toList()), rows);
    }

    @Test
    void aRepostedPayloadGetsTheSameAnswer() throws Exception {
        for (String file : List.of("sendgrid-inbound-parse/default_data.txt", "postmark-inbound/mvdnbrk_inbound.json")) {
            Path path = Corpus.file("email-webhook/" + file);
            assertEquals(post(path), post(path), file);
        }
    }

    /** Posts the payload as its provider would; answers the id of each message it published. */
    static List<String> post(Path file) throws IOException {
        String provider = file.getParent().getFileName().toString();
        List<String> ids = new ArrayList<>();
        switch (provider) {
            case "sendgrid-inbound-parse":
                // SendGrid cannot add headers: the connector key is the password in the webhook URL.
                ids.add(given().auth().preemptive().basic("sendgrid", EmailTestProfile.API_KEY)
                        .contentType(SENDGRID_CONTENT_TYPE).body(Files.readAllBytes(file))
                        .post("/v1/email/sendgrid").then().statusCode(202).extract().path("id"));
                break;
            case "postmark-inbound":
                ids.add(withKey().contentType(ContentType.JSON).body(Files.readAllBytes(file))
                        .post("/v1/email/postmark").then().statusCode(202).extract().path("id"));
                break;
            case "amazon-ses":
                for (String envelope : sesNotifications(file)) {
                    ids.add(given().contentType("text/plain; charset=UTF-8").body(envelope)
                            .post("/v1/email/ses").then().statusCode(202).extract().path("id"));
                }
                break;
            default:
                throw new AssertionError("no endpoint for " + provider);
        }
        return ids;
    }

    /** The corpus has SES Lambda events; each record's ses object is what SES puts in an SNS notification. */
    static List<String> sesNotifications(Path file) throws IOException {
        List<String> envelopes = new ArrayList<>();
        for (JsonNode record : ContractJson.mapper().readTree(file.toFile()).path("Records")) {
            ObjectNode notification = ContractJson.mapper().createObjectNode();
            notification.put("notificationType", "Received");
            notification.set("mail", record.path("ses").path("mail"));
            notification.set("receipt", record.path("ses").path("receipt"));
            envelopes.add(SnsTestSigner.notification(EmailTestProfile.SES_TOPIC, SnsTestSigner.newMessageId(),
                    SnsTestSigner.json(notification), "2"));
        }
        return envelopes;
    }

    /**
     * The customer answers the message by plain mail: same participants, Re: subject, and the thread's ids. When the
     * original had none the reply has none either, since a mail with only its own Message-ID starts a thread.
     */
    static String postRawReply(InboundMessage original) {
        StringBuilder reply = new StringBuilder("From: ").append(original.customer().email()).append("\r\n");
        if (original.metadata().containsKey("email.to")) {
            reply.append("To: ").append(original.metadata().get("email.to")).append("\r\n");
        }
        if (original.metadata().containsKey("email.cc")) {
            reply.append("Cc: ").append(original.metadata().get("email.cc")).append("\r\n");
        }
        String root = original.metadata().get("email.threadRoot");
        if (root != null) {
            reply.append("In-Reply-To: <").append(root).append(">\r\nReferences: <").append(root).append(">\r\n")
                    .append("Message-ID: <reply.").append(original.id()).append("@customer.example>\r\n");
        }
        reply.append("Subject: Re: ").append(original.subject()).append("\r\n")
                .append("Date: Tue, 1 Jul 2025 10:00:00 +0000\r\n\r\nThanks, that helps.\r\n");
        return withKey().contentType(RawEmailResource.RFC822).body(reply.toString().getBytes(StandardCharsets.UTF_8))
                .post("/v1/email/raw").then().statusCode(202).extract().path("conversationKey");
    }

    static RequestSpecification withKey() {
        return given().header("X-Api-Key", EmailTestProfile.API_KEY);
    }
}
