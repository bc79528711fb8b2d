package dev.switchboard.ingest.chat;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.core.TwilioSignature;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Every payload under shared/corpus/chat is accepted and published as the canonical message it stands for. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(ChatTestProfile.class)
class ChatCorpusTest {

    private static final String SMS_PATH = "/v1/chat/twilio/sms";

    @Test
    void everyChatCorpusFileIsAccepted() throws Exception {
        List<Path> files = Corpus.files("chat");
        assertEquals(6, files.size(), "the corpus changed: add expectations for new files");
        for (Path file : files) {
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            String id = post(file);
            InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
            assertTrue(message.text() != null || !message.attachments().isEmpty()
                    || "true".equals(message.metadata().get("webex.textNotIncluded")), name);
        }
    }

    @Test
    void twilioMmsKeepsItsMediaAndTheSendersRawNumber() throws Exception {
        String id = post(Corpus.file("chat/twilio-sms_botbuilder-dotnet/MediaPayload.txt"));
        InboundMessage sms = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals(Channel.SMS, sms.channel());
        assertEquals("3333", sms.providerMessageId());
        assertEquals("Hello", sms.text());
        assertEquals(1, sms.attachments().size());
        assertEquals("www.contoso.com", sms.attachments().get(0).location());
        assertEquals("json", sms.attachments().get(0).mediaType());
        assertNull(sms.customer().phone(), "+2222 is no possible phone number");
        assertEquals("+2222", sms.customer().handle(), "so it is kept as the sender's handle");
        assertEquals("4444", sms.metadata().get("twilio.AccountSid"));
    }

    @Test
    void webexMessageJoinsItsRoomConversation() throws Exception {
        String id = post(Corpus.file("chat/webex-messaging_botbuilder-dotnet/MessageHtmlEncodedMention.json"));
        InboundMessage webex = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("chat:webex:room_id", webex.conversationKey());
        assertEquals("Hello!", webex.text());
        assertEquals("test_email@webex.bot", webex.customer().email());
    }

    @Test
    void refusesATwilioPostWithABadSignature() throws Exception {
        String body = Files.readString(Corpus.file("chat/twilio-sms_botbuilder-dotnet/NoMediaPayload.txt"));
        given().contentType(ContentType.URLENC).header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")
                .body(body)
                .post(SMS_PATH)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    private static String post(Path file) throws Exception {
        String body = Files.readString(file);
        String folder = file.getParent().getFileName().toString();
        if (folder.startsWith("webex")) {
            return given().contentType(ContentType.JSON).header("X-Api-Key", ChatTestProfile.API_KEY).body(body)
                    .post("/v1/chat/webex/messages").then().statusCode(202).extract().path("id");
        }
        if (file.toString().endsWith(".json")) {
            return given().contentType(ContentType.JSON).header("X-Api-Key", ChatTestProfile.API_KEY).body(body)
                    .post(SMS_PATH).then().statusCode(202).extract().path("id");
        }
        String signature = TwilioSignature.sign(ChatTestProfile.TWILIO_TOKEN, ChatTestProfile.PUBLIC_URL + SMS_PATH,
                formParams(body));
        return given().contentType(ContentType.URLENC).header("X-Twilio-Signature", signature).body(body)
                .post(SMS_PATH).then().statusCode(200).extract().header(TwilioSmsResource.MESSAGE_ID_HEADER);
    }

    private static Map<String, List<String>> formParams(String body) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : body.trim().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    List.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
        }
        return params;
    }
}
