package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.email.api.RawEmailResource;
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
class SendGridWebhookTest {

    private static final String PATH = "/v1/email/sendgrid";

    @Test
    void readsParsedFieldsInTheCharsetsSendGridNamesAndThreadsThemWithRawMail() {
        String original = given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(RawEmailResource.RFC822)
                .body(("From: support@example.com\r\nTo: taro@example.jp\r\nSubject: Your order\r\n"
                        + "Message-ID: <sg.1@example.com>\r\nDate: Tue, 1 Jul 2025 10:00:00 +0000\r\n\r\nShipped.\r\n")
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/v1/email/raw").then().statusCode(202).extract().path("conversationKey");
        String headers = "From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro@example.jp>\r\nTo: support@example.com\r\n"
                + "Subject: Re: Your order\r\nMessage-ID: <sg.2@example.jp>\r\nIn-Reply-To: <sg.1@example.com>\r\n"
                + "References: <sg.1@example.com>\r\nDate: Wed, 2 Jul 2025 09:00:00 +0900\r\n"
                + "Content-Type: multipart/alternative; boundary=\"b1\"\r\n";
        byte[] body = new MultipartBody()
                .field("headers", headers)
                .field("from", "Taro Yamada <taro@example.jp>")
                .field("subject", "Re: Your order")
                .field("text", "届きました。ありがとう。".getBytes(Charset.forName("ISO-2022-JP")))
                .field("html", "<p>届きました。ありがとう。</p>".getBytes(Charset.forName("Shift_JIS")))
                .field("charsets", "{\"text\":\"iso-2022-jp\",\"html\":\"shift_jis\",\"from\":\"UTF-8\",\"subject\":\"UTF-8\"}")
                .field("envelope", "{\"to\":[\"support@example.com\"],\"from\":\"taro@example.jp\"}")
                .field("SPF", "pass")
                .bytes();
        String id = post(body).statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        assertEquals("届きました。ありがとう。", message.text());
        assertTrue(message.html().contains("届きました"), message.html());
        assertEquals("ja", message.languageHint());
        assertEquals("山田太郎", message.customer().displayName(), "the header block's From, encoded word decoded");
        assertEquals("sg.2@example.jp", message.providerMessageId());
        assertEquals(original, message.conversationKey());
        assertEquals("taro@example.jp", message.metadata().get("email.envelope.from"));
        assertEquals("pass", message.metadata().get("sendgrid.spf"));
        assertEquals(MultipartBody.CONTENT_TYPE, message.metadata().get("email.raw.contentType"),
                "the whole post is kept as the raw reference");
    }

    @Test
    void storesEachAttachmentFileAsAttachmentInfoDescribesIt() throws Exception {
        byte[] pdf = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);
        byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 };
        byte[] body = new MultipartBody()
                .field("headers", "From: ann@example.com\r\nSubject: files\r\nMessage-ID: <sg.files@example.com>\r\n"
                        + "Date: Tue, 1 Jul 2025 10:00:00 +0000\r\n")
                .field("text", "See attached.")
                .field("attachments", "2")
                .field("attachment-info", "{\"attachment1\":{\"filename\":\"report.pdf\",\"type\":\"application/pdf\"},"
                        + "\"attachment2\":{\"filename\":\"logo.png\",\"type\":\"image/png\",\"content-id\":\"logo@x\"}}")
                .file("attachment1", "report.pdf", "application/pdf", pdf)
                .file("attachment2", "logo.png", "image/png", png)
                .bytes();
        String id = post(body).statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));

        assertEquals(List.of("report.pdf", "logo.png"), message.attachments().stream().map(Attachment::name).toList());
        assertEquals(List.of("application/pdf", "image/png"), message.attachments().stream().map(Attachment::mediaType).toList());
        Attachment logo = message.attachments().get(1);
        assertEquals(png.length, logo.size());
        assertEquals(Threading.sha256(png), logo.sha256());
        assertArrayEquals(png, Files.readAllBytes(Path.of(URI.create(logo.location()))));
        assertTrue(!message.hasFlag(MessageFlag.MALFORMED), message.metadata().toString());
    }

    @Test
    void flagsAnAttachmentCountTheFilesDoNotMatch() {
        byte[] body = new MultipartBody()
                .field("headers", "From: ann@example.com\r\nSubject: lost\r\nMessage-ID: <sg.lost@example.com>\r\n")
                .field("text", "Two files.")
                .field("attachments", "2")
                .file("attachment1", "a.txt", "text/plain", "a".getBytes(StandardCharsets.US_ASCII))
                .bytes();
        String id = post(body).statusCode(202).extract().path("id");
        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertTrue(message.hasFlag(MessageFlag.MALFORMED));
        assertTrue(message.metadata().get("email.problems").contains("attachments says 2 but 1"), message.metadata().toString());
    }

    @Test
    void acceptsTheConnectorKeyAsTheBasicPasswordOfTheWebhookUrl() {
        given().auth().preemptive().basic("sendgrid", EmailTestProfile.API_KEY).contentType(MultipartBody.CONTENT_TYPE)
                .body(minimal("<sg.basic@example.com>"))
                .post(PATH).then().statusCode(202).body("status", equalTo("accepted"));
    }

    @Test
    void refusesAWrongBasicPasswordOrNoCredentials() {
        given().auth().preemptive().basic("sendgrid", "wrong").contentType(MultipartBody.CONTENT_TYPE)
                .body(minimal("<sg.wrong@example.com>"))
                .post(PATH).then().statusCode(401).contentType("application/problem+json");
        given().contentType(MultipartBody.CONTENT_TYPE).body(minimal("<sg.none@example.com>"))
                .post(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesCharsetsThatAreNotAJsonObject() {
        byte[] body = new MultipartBody().field("from", "ann@example.com").field("charsets", "utf-8").bytes();
        post(body).statusCode(400).contentType("application/problem+json").body("field", equalTo("charsets"));
    }

    @Test
    void refusesAFormWithNeitherTheRawNorTheParsedMessage() {
        byte[] body = new MultipartBody().field("subject", "only a subject").bytes();
        post(body).statusCode(400).contentType("application/problem+json").body("field", equalTo("email"));
    }

    @Test
    void refusesMultipartWithoutABoundary() {
        given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType("multipart/form-data")
                .body(minimal("<sg.nob@example.com>"))
                .post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesAWrongContentType() {
        given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(ContentType.JSON).body("{}")
                .post(PATH).then().statusCode(415).contentType("application/problem+json");
    }

    private static byte[] minimal(String messageId) {
        return new MultipartBody().field("email", "From: ann@example.com\r\nSubject: hi\r\nMessage-ID: " + messageId
                + "\r\n\r\nHello\r\n").bytes();
    }

    private static ValidatableResponse post(byte[] body) {
        return given().header("X-Api-Key", EmailTestProfile.API_KEY).contentType(MultipartBody.CONTENT_TYPE).body(body)
                .post(PATH).then();
    }
}
