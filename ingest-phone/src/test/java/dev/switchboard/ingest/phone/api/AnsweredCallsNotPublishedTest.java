package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.phone.PhoneTestProfile;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(AnsweredCallsNotPublishedTest.Quiet.class)
class AnsweredCallsNotPublishedTest {

    public static class Quiet extends PhoneTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("switchboard.ingest.phone.publish-answered", "false");
            return config;
        }
    }

    private static String post(String callId, String status) {
        return given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY)
                .body("{\"callId\":\"" + callId + "\",\"from\":\"+13125550170\",\"status\":\"" + status + "\"}")
                .post("/v1/phone/calls")
                .then().statusCode(202).extract().path("status");
    }

    @Test
    void answeredCallsAreAcknowledgedWithoutPublishingWhileMissedOnesStillAre() {
        assertEquals("skipped", post("quiet-answered", "ANSWERED"));
        assertEquals("accepted", post("quiet-missed", "MISSED"));

        List<InboundMessage> published = TopicReader.inbound().allWith(
                m -> m.providerMessageId().startsWith("quiet-"), Duration.ofSeconds(2));
        assertEquals(Set.of("quiet-missed"),
                Set.copyOf(published.stream().map(InboundMessage::providerMessageId).toList()));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("switchboard_ingest_phone_unpublished_total{status=\"skipped\"}"));
    }
}
