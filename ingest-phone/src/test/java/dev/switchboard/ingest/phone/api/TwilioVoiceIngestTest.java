package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.TwilioSignature;
import dev.switchboard.ingest.phone.PhoneTestProfile;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PhoneTestProfile.class)
class TwilioVoiceIngestTest {

    private static final String PATH = "/v1/phone/twilio/voice";
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private static Map<String, String> callback(String callSid, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "AC0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c");
        form.put("CallSid", callSid);
        form.put("From", "+442079460958");
        form.put("To", "+14155550100");
        form.put("Direction", "inbound");
        form.put("CallStatus", status);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    private static String sign(Map<String, String> form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        form.forEach((name, value) -> params.put(name, List.of(value)));
        return TwilioSignature.sign(PhoneTestProfile.TWILIO_TOKEN, PhoneTestProfile.PUBLIC_URL + PATH, params);
    }

    private static RequestSpecification post(Map<String, String> form, String signature) {
        RequestSpecification request = given().contentType(FORM).formParams(form);
        return signature == null ? request : request.header("X-Twilio-Signature", signature);
    }

    private static List<InboundMessage> publishedFor(String callSid) {
        return TopicReader.inbound().allWith(m -> m.providerMessageId().startsWith(callSid), Duration.ofSeconds(2));
    }

    @Test
    void aSignedVoicemailCallbackBecomesACallbackConversationWithItsTranscript() {
        Map<String, String> form = callback("CA1b2c3d4e5f60718293a4b5c6d7e8f901", "completed");
        form.put("CallDuration", "47");
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC0f/Recordings/RE5e");
        form.put("TranscriptionText", "Hi, it's Olivia. My parcel never arrived; please call me back.");
        form.put("CallerName", "OLIVIA BROWN");

        String id = post(form, sign(form)).post(PATH)
                .then().statusCode(202).body("status", equalTo("accepted"))
                .body("conversationKey", equalTo("phone:twilio:+442079460958"))
                .extract().path("id");

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals("twilio", message.provider());
        assertEquals("CA1b2c3d4e5f60718293a4b5c6d7e8f901", message.providerMessageId());
        assertEquals(Set.of(MessageFlag.VOICEMAIL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("Hi, it's Olivia. My parcel never arrived; please call me back.", message.text());
        assertEquals("+442079460958", message.customer().phone());
        assertEquals("GB", message.customer().country());
        assertEquals("OLIVIA BROWN", message.customer().displayName());
        assertEquals("https://api.twilio.com/2010-04-01/Accounts/AC0f/Recordings/RE5e",
                message.metadata().get("recordingUrl"));
    }

    @Test
    void rejectsATamperedCallbackAndPublishesNothing() {
        Map<String, String> form = callback("CA2b2c3d4e5f60718293a4b5c6d7e8f902", "no-answer");
        String signature = sign(form);
        form.put("From", "+15005550006");

        post(form, signature).post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        post(form, null).post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(List.of(), publishedFor("CA2b2c3d4e5f60718293a4b5c6d7e8f902"));
    }

    @Test
    void aCallThatIsStillRingingIsAcknowledgedNotPublished() {
        Map<String, String> form = callback("CA3b2c3d4e5f60718293a4b5c6d7e8f903", "ringing");

        post(form, sign(form)).post(PATH)
                .then().statusCode(202).body("status", equalTo("in-progress"));
        assertEquals(List.of(), publishedFor("CA3b2c3d4e5f60718293a4b5c6d7e8f903"));
    }
}
