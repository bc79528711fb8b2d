package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.phone.PhoneTestProfile;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PhoneTestProfile.class)
class FreeSwitchIngestTest {

    private static final String PATH = "/v1/phone/freeswitch/cdr";

    @Test
    void aMissedCallCdrIsPublishedWhetherPostedAsJsonOrAsMod_json_cdrsForm() {
        String cdr = FreeSwitchCdrsTest.cdr("");
        String id = given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY).body(cdr)
                .post(PATH)
                .then().statusCode(202).body("conversationKey", equalTo("phone:freeswitch:+34912345678"))
                .extract().path("id");

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b", message.providerMessageId());
        assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("ES", message.customer().country());
        assertEquals("José García", message.customer().displayName());
        assertEquals("NO_ANSWER", message.metadata().get("cause"));

        given().contentType(ContentType.URLENC).header("X-Api-Key", PhoneTestProfile.API_KEY).formParam("cdr", cdr)
                .post(PATH)
                .then().statusCode(202).body("id", equalTo(id));
    }

    @Test
    void aCdrWithoutVariablesIsRefusedNamingThem() {
        given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY)
                .body("{\"core-uuid\":\"x\"}")
                .post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("variables"));
    }
}
