package dev.switchboard.ingest.phone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

class AmazonConnectEventsTest {

    private static CallRecord read(String json) throws Exception {
        return AmazonConnectEvents.read(ContractJson.mapper().readTree(json));
    }

    private static String flowEvent(String parameters) {
        return """
                {"Name":"ContactFlowExecution","Details":{"Parameters":{%s},
                 "ContactData":{"ContactId":"c-1","InitialContactId":"c-0","Channel":"VOICE","InitiationMethod":"INBOUND",
                  "CustomerEndpoint":{"Type":"TELEPHONE_NUMBER","Address":"+4930123456"},
                  "SystemEndpoint":{"Type":"TELEPHONE_NUMBER","Address":"+18005550199"},
                  "Queue":{"Name":"Billing","ARN":"arn:q"},"LanguageCode":"de-DE","Attributes":{"tier":"gold"}}}}
                """.formatted(parameters);
    }

    @Test
    void aFlowEventWithoutStatusIsACallbackRequest() throws Exception {
        CallRecord call = read(flowEvent(""));

        assertEquals("amazon-connect", call.provider());
        assertEquals("c-1", call.callId());
        assertEquals(CallOutcome.CALLBACK_REQUESTED, call.outcome());
        assertEquals("+4930123456", call.from());
        assertEquals("+18005550199", call.to());
        assertEquals("Billing", call.queue());
        assertEquals("de-DE", call.locale());
        assertEquals("gold", call.details().get("attribute.tier"));
        assertEquals("c-0", call.details().get("initialContactId"));
    }

    @Test
    void aFlowCanPassTheOutcomeAndTheVoicemail() throws Exception {
        CallRecord call = read(flowEvent("\"status\":\"voicemail\",\"transcript\":\"Bitte zurückrufen\","
                + "\"recordingUrl\":\"https://s3.example/vm/1.wav\""));

        assertEquals(CallOutcome.VOICEMAIL, call.outcome());
        assertEquals("Bitte zurückrufen", call.transcript());
        assertEquals("https://s3.example/vm/1.wav", call.recordingUrl());
        assertEquals("Details.Parameters.status", assertThrows(ProblemException.class,
                () -> read(flowEvent("\"status\":\"SOMETIMES\""))).problem().field());
    }

    @Test
    void aDisconnectedContactThatNeverReachedAnAgentWasAbandoned() throws Exception {
        CallRecord call = read("""
                {"version":"0","detail-type":"Amazon Connect Contact Event","source":"aws.connect",
                 "detail":{"eventType":"DISCONNECTED","contactId":"c-2","channel":"VOICE","initiationMethod":"INBOUND",
                  "initiationTimestamp":"2026-03-02T09:12:45.000Z","disconnectTimestamp":"2026-03-02T09:14:20.000Z",
                  "queueInfo":{"queueArn":"arn:aws:connect:queue/billing","enqueueTimestamp":"2026-03-02T09:13:00.000Z"},
                  "customerEndpoint":{"type":"TELEPHONE_NUMBER","address":"+4930123456"}}}
                """);

        assertEquals(CallOutcome.ABANDONED, call.outcome());
        assertEquals(Instant.parse("2026-03-02T09:12:45Z"), call.startedAt());
        assertEquals(95L, call.durationSeconds());
        assertEquals("+4930123456", call.from());
    }

    @Test
    void contactEventsBeforeTheEndAreInProgress() throws Exception {
        assertEquals(CallOutcome.IN_PROGRESS, read("""
                {"detail":{"eventType":"QUEUED","contactId":"c-3","channel":"VOICE","initiationMethod":"INBOUND"}}
                """).outcome());
        assertEquals(CallDirection.OUTBOUND, read("""
                {"detail":{"eventType":"DISCONNECTED","contactId":"c-4","channel":"VOICE","initiationMethod":"OUTBOUND",
                 "agentInfo":{"agentArn":"arn:a","connectedToAgentTimestamp":"2026-03-02T09:13:00Z"}}}
                """).direction());
    }

    @Test
    void refusesWhatIsNotAVoiceContactEvent() {
        assertEquals("Details.ContactData", assertThrows(ProblemException.class,
                () -> read("{\"Name\":\"something else\"}")).problem().field());
        assertEquals("detail.channel", assertThrows(ProblemException.class,
                () -> read("{\"detail\":{\"eventType\":\"DISCONNECTED\",\"contactId\":\"c\",\"channel\":\"CHAT\"}}"))
                .problem().field());
        assertEquals("Details.ContactData.ContactId", assertThrows(ProblemException.class,
                () -> read("{\"Details\":{\"ContactData\":{\"Channel\":\"VOICE\"}}}")).problem().field());
    }
}
