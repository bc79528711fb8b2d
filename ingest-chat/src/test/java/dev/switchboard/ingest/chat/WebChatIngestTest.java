package dev.switchboard.ingest.chat;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(ChatTestProfile.class)
class WebChatIngestTest {

    private static final String KEY = ChatTestProfile.API_KEY;

    @Test
    void publishesTheCanonicalMessageBeforeAnswering() {
        String id = given().contentType(ContentType.JSON).header("X-Api-Key", KEY)
                .body("""
                        {"sessionId":"s-100","clientMessageId":"m-1","visitor":{"id":"v-9","name":"Ana Ruiz","email":"Ana@Example.COM"},
                         "text":"Cafe\\u0301 order missing","locale":"es_MX","timeZone":"America/Mexico_City","pageUrl":"https://shop.example/orders"}""")
                .post("/v1/chat/messages")
                .then().statusCode(202)
                .body("conversationKey", equalTo("chat:webchat:s-100"))
                .body("id", notNullValue())
                .extract().path("id");

        InboundMessage published = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals(Channel.CHAT, published.channel());
        assertEquals("Café order missing", published.text(), "text is NFC");
        assertEquals("Ana@example.com", published.customer().email());
        assertEquals("es-MX", published.customer().locale());
        assertEquals("America/Mexico_City", published.customer().timeZone());
        assertEquals("https://shop.example/orders", published.metadata().get("pageUrl"));
    }

    @Test
    void aRepostGetsTheSameIdAndAnswer() {
        String body = """
                {"sessionId":"s-200","clientMessageId":"m-1","text":"hello"}""";
        String first = given().contentType(ContentType.JSON).header("X-Api-Key", KEY).body(body)
                .post("/v1/chat/messages").then().statusCode(202).extract().asString();
        String second = given().contentType(ContentType.JSON).header("X-Api-Key", KEY).body(body)
                .post("/v1/chat/messages").then().statusCode(202).extract().asString();
        assertEquals(first, second);
    }

    @Test
    void namesTheMissingField() {
        given().contentType(ContentType.JSON).header("X-Api-Key", KEY)
                .body("{\"sessionId\":\"s-300\",\"text\":\"hi\"}")
                .post("/v1/chat/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("clientMessageId"));
    }

    @Test
    void rejectsMalformedJsonWithAProblem() {
        given().contentType(ContentType.JSON).header("X-Api-Key", KEY)
                .body("{\"sessionId\": ")
                .post("/v1/chat/messages")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAnUnknownApiKey() {
        given().contentType(ContentType.JSON).header("X-Api-Key", "not-a-key")
                .body("{\"sessionId\":\"s-400\",\"clientMessageId\":\"m-1\",\"text\":\"hi\"}")
                .post("/v1/chat/messages")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAnOversizedBodyWithAProblem() {
        String text = "x".repeat(300 * 1024);
        given().contentType(ContentType.JSON).header("X-Api-Key", KEY)
                .body("{\"sessionId\":\"s-600\",\"clientMessageId\":\"m-1\",\"text\":\"" + text + "\"}")
                .post("/v1/chat/messages")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAWrongContentType() {
        given().contentType(ContentType.TEXT).header("X-Api-Key", KEY).body("hi")
                .post("/v1/chat/messages")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void answers503WhileTheBrokerIsDownAndAcceptsTheRetryOnce() {
        String body = """
                {"sessionId":"s-500","clientMessageId":"m-1","text":"anyone there?"}""";
        KafkaBroker broker = KafkaBroker.shared();
        broker.stop();
        try {
            given().contentType(ContentType.JSON).header("X-Api-Key", KEY).body(body)
                    .post("/v1/chat/messages")
                    .then().statusCode(503)
                    .header("Retry-After", notNullValue())
                    .contentType("application/problem+json");
        } finally {
            broker.start();
        }
        String id = await().atMost(Duration.ofSeconds(60)).until(
                () -> given().contentType(ContentType.JSON).header("X-Api-Key", KEY).body(body)
                        .post("/v1/chat/messages").then().extract(),
                r -> r.statusCode() == 202).path("id");

        List<InboundMessage> copies = TopicReader.inbound()
                .allWith(m -> m.conversationKey().equals("chat:webchat:s-500"), Duration.ofSeconds(3));
        assertEquals(List.of(id), copies.stream().map(InboundMessage::id).distinct().toList(),
                "a producer retry may leave a second copy, but with the same id, which the router stores once");
    }
}
