package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PhoneTestProfile.class)
class AsteriskCdrUploadTest {

    private static final String PATH = "/v1/phone/asterisk/cdr";

    private static final String MISSED = "\"\",\"2125550143\",\"600\",\"support\",\"\"\"Li Wei\"\" <2125550143>\","
            + "\"SIP/trunk-00a1\",\"SIP/600-00a2\",\"Dial\",\"SIP/600,20\",\"2026-03-02 08:01:05\",\"\","
            + "\"2026-03-02 08:01:25\",20,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1772438465.501\",\"\"";
    private static final String BAD_TIME = "\"\",\"2125550144\",\"600\",\"support\",\"\",\"SIP/trunk-00a3\",\"\","
            + "\"Dial\",\"\",\"02/03/2026 08:02\",\"\",\"\",20,0,\"NO ANSWER\",\"DOCUMENTATION\",\"1772438525.502\",\"\"";
    private static final String VOICEMAIL = "\"\",\"2125550145\",\"600\",\"support\",\"\",\"SIP/trunk-00a4\",\"\","
            + "\"VoiceMail\",\"600@default,u\",\"2026-03-02 08:03:00\",\"2026-03-02 08:03:20\","
            + "\"2026-03-02 08:03:52\",52,32,\"ANSWERED\",\"DOCUMENTATION\",\"1772438580.503\",\"\"";
    private static final String SHORT = "\"\",\"2125550146\",\"600\"";

    private static io.restassured.response.ValidatableResponse upload(String csv) {
        return given().contentType("text/csv").header("X-Api-Key", PhoneTestProfile.API_KEY).body(csv)
                .post(PATH).then();
    }

    @Test
    void publishesTheGoodRowsAndReportsEachBadRowByLine() {
        JsonPath answer = upload(String.join("\n", MISSED, BAD_TIME, VOICEMAIL, SHORT) + "\n")
                .statusCode(207).extract().jsonPath();

        assertEquals(List.of(1, 3), answer.getList("accepted.line", Integer.class));
        assertEquals(List.of(2, 4), answer.getList("rejected.line", Integer.class));
        assertEquals("start '02/03/2026 08:02' is not a time like 2017-06-20 09:49:22",
                answer.getString("rejected[0].reason"));
        Set<String> ids = Set.copyOf(answer.getList("accepted.id", String.class));
        List<InboundMessage> published = TopicReader.inbound().allWith(m -> ids.contains(m.id()), Duration.ofSeconds(2));
        assertEquals(Set.of("1772438465.501", "1772438580.503"),
                published.stream().map(InboundMessage::providerMessageId).collect(Collectors.toSet()));
        InboundMessage voicemail = published.stream()
                .filter(m -> m.providerMessageId().equals("1772438580.503")).findFirst().orElseThrow();
        assertEquals(Set.of(MessageFlag.VOICEMAIL, MessageFlag.CALLBACK_REQUESTED), voicemail.flags());
        assertEquals("+12125550145", voicemail.customer().phone());
        assertEquals("Voicemail from +12125550145 at 2026-03-02T08:03:00Z, 52 s; no transcript.", voicemail.text());
    }

    @Test
    void refusesAnUploadWithoutOneGoodRow() {
        upload(String.join("\n", BAD_TIME, SHORT))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 1: start"))
                .body("detail", containsString("line 2: expected 16 to 21 columns"));
        upload("")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesJsonOnTheCsvEndpoint() {
        given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY).body("{}")
                .post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }
}
