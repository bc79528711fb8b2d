package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Attachment;
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
class PostmarkWebhookTest {

    private static final String PATH = "/v1/email/postmark";

    @Test
    void storesAttachmentsByHashAndKeepsThePayloadAsTheRawReference() throws Exception {
        byte[] payload = Corpus.bytes("email-webhook/postmark-inbound/anymail_postmark-inbound-test-payload.json");
        Instant before = Instant.now();
        String id = given().auth().preemptive().basic("postmark", EmailTestProfile.API_KEY).contentType(ContentType.JSON)
                .body(payload).post(PATH).then().statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id) && !m.receivedAt().isBefore(before));

        Attachment attachment = message.attachments().get(0);
        byte[] expected = "This is attachment contents, base-64 encoded.".getBytes(StandardCharsets.US_ASCII);
        assertEquals("test.txt", attachment.name());
        assertEquals("text/plain", attachment.mediaType());
        assertEquals(Threading.sha256(expected), attachment.sha256());
        assertArrayEquals(expected, Files.readAllBytes(Path.of(URI.create(attachment.location()))));
        assertArrayEquals(payload, Files.readAllBytes(Path.of(URI.create(message.metadata().get("email.raw")))));
        assertEquals("application/json", message.metadata().get("email.raw.contentType"));
        assertEquals("00000000-0000-0000-0000-000000000000", message.providerMessageId(),
                "without a Message-ID header, Postmark's id is the provider id");
        assertEquals("SampleHash", message.metadata().get("postmark.mailboxHash"));
        assertEquals("firstcc@postmarkapp.com, secondCc@postmarkapp.com", message.metadata().get("email.cc"));
    }

    @Test
    void refusesAPostWithoutTheConnectorKey() {
        given().contentType(ContentType.JSON).body(Corpus.bytes("email-webhook/postmark-inbound/mvdnbrk_inbound.json"))
                .post(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesMalformedJson() {
        post("{\"FromFull\": {\"Email\": \"a@example.com\"").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesAttachmentsThatAreNotAList() {
        post("{\"FromFull\": {\"Email\": \"a@example.com\"}, \"Attachments\": \"none\"}")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("Attachments"));
    }

    @Test
    void refusesAPayloadWithoutASender() {
        post("{\"Subject\": \"hello\", \"TextBody\": \"hi\"}")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("FromFull"));
    }

    @Test
    void refusesAWrongContentType() {
        given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(ContentType.TEXT).body("{}")
                .post(PATH).then().statusCode(415).contentType("application/problem+json");
    }

    private static ValidatableResponse post(String json) {
        return given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(ContentType.JSON)
                .body(json.getBytes(StandardCharsets.UTF_8)).post(PATH).then();
    }
}
