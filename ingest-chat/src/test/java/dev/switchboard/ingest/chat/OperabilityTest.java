package dev.switchboard.ingest.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.switchboard.testkit.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** What operators rely on: readiness that includes the broker, ingest metrics, and an OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(ChatTestProfile.class)
class OperabilityTest {

    @Test
    void readinessIncludesTheKafkaBroker() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void countsAcceptedAndRejectedMessagesAndPublishLatency() {
        given().contentType(ContentType.JSON).header("X-Api-Key", ChatTestProfile.API_KEY)
                .body("{\"sessionId\":\"ops-1\",\"clientMessageId\":\"m-1\",\"text\":\"hi\"}")
                .post("/v1/chat/messages").then().statusCode(202);
        given().contentType(ContentType.JSON).header("X-Api-Key", "wrong")
                .body("{}").post("/v1/chat/messages").then().statusCode(401);

        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("switchboard_ingest_accepted_total{channel=\"CHAT\""))
                .body(containsString("switchboard_ingest_rejected_total{reason=\"unauthenticated\""))
                .body(containsString("switchboard_ingest_publish_seconds_count"));
    }

    @Test
    void documentsEveryEndpointInOpenApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/v1/chat/messages"))
                .body(containsString("/v1/chat/twilio/sms"))
                .body(containsString("/v1/chat/webex/messages"));
    }
}
