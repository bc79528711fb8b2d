package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.phone.PhoneTestProfile;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PhoneTestProfile.class)
class GenericCallIngestTest {

    private static final String PATH = "/v1/phone/calls";

    private static RequestSpecification json(String body) {
        return given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY).body(body);
    }

    @Test
    void aMissedCallIsPublishedAsACallbackConversationBeforeTheAnswer() {
        String id = json("""
                {"callId":"gen-100","from":"+52 55 1234 5678","to":"+18005550199","direction":"inbound",
                 "status":"missed","startedAt":"2026-03-02T09:12:45Z","durationSeconds":18,
                 "callerName":"Ana Ruiz","locale":"es_MX","queue":"Ventas"}""")
                .post(PATH)
                .then().statusCode(202)
                .body("status", equalTo("accepted"))
                .body("conversationKey", equalTo("phone:generic:+525512345678"))
                .extract().path("id");

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("gen-100", message.providerMessageId());
        assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("+525512345678", message.customer().phone());
        assertEquals("MX", message.customer().country());
        assertEquals("es-MX", message.customer().locale());
        assertEquals("Missed call from +525512345678 at 2026-03-02T09:12:45Z; no voicemail.", message.text());
        assertEquals(Instant.parse("2026-03-02T09:12:45Z"), message.sentAt());
        assertEquals("Ventas", message.metadata().get("queue"));
    }

    @Test
    void aRepostGetsTheSameIdAndAnswer() {
        String body = """
                {"callId":"gen-200","from":"+14155550100","status":"VOICEMAIL","transcript":"call me"}""";
        String first = json(body).post(PATH).then().statusCode(202).extract().asString();
        String second = json(body).post(PATH).then().statusCode(202).extract().asString();
        assertEquals(first, second);
    }

    @Test
    void malformedValuesAreRefusedNamingTheField() {
        json("{\"callId\":\"gen-300\",\"status\":\"MISSED\",\"durationSeconds\":\"long\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("durationSeconds"));
        json("{\"callId\":\"gen-300\",\"status\":\"MISSED\",\"startedAt\":\"yesterday\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("startedAt"));
        json("{\"callId\":\"gen-300\",\"status\":\"HUNG\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("status"));
        json("{\"callId\":\"gen-300\"}").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("status"));
        json("{\"callId\": ").post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesAWrongContentType() {
        given().contentType(ContentType.TEXT).header("X-Api-Key", PhoneTestProfile.API_KEY).body("missed call")
                .post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void refusesACallWithoutAnApiKey() {
        given().contentType(ContentType.JSON).body("{\"callId\":\"gen-400\",\"status\":\"MISSED\"}")
                .post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void answers503WhileTheBrokerIsDownAndAcceptsTheRetryOnce() {
        String body = """
                {"callId":"gen-500","from":"+14155550123","status":"ABANDONED","durationSeconds":65}""";
        KafkaBroker broker = KafkaBroker.shared();
        broker.stop();
        try {
            json(body).post(PATH)
                    .then().statusCode(503)
                    .header("Retry-After", notNullValue())
                    .contentType("application/problem+json");
        } finally {
            broker.start();
        }
        String id = await().atMost(Duration.ofSeconds(60)).until(
                () -> json(body).post(PATH).then().extract(),
                r -> r.statusCode() == 202).path("id");

        List<InboundMessage> copies = TopicReader.inbound()
                .allWith(m -> m.conversationKey().equals("phone:generic:+14155550123"), Duration.ofSeconds(3));
        assertEquals(List.of(id), copies.stream().map(InboundMessage::id).distinct().toList(),
                "a producer retry may leave a second copy, but with the same id, which the router stores once");
        assertEquals(Set.of(MessageFlag.ABANDONED_CALL, MessageFlag.CALLBACK_REQUESTED), copies.get(0).flags());
    }
}
