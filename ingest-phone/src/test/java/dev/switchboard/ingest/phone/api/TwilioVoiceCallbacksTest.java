package dev.switchboard.ingest.phone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

class TwilioVoiceCallbacksTest {

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("CallSid", "CA5f1c0a3e9b6d4e2f8a7b6c5d4e3f2a1b");
        form.add("From", "+442079460958");
        form.add("To", "+14155550100");
        form.add("Direction", "inbound");
        for (int i = 0; i < pairs.length; i += 2) {
            form.putSingle(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static CallOutcome outcome(String... pairs) {
        return TwilioVoiceCallbacks.read(form(pairs)).outcome();
    }

    @Test
    void readsAStatusCallback() {
        CallRecord call = TwilioVoiceCallbacks.read(form("CallStatus", "no-answer", "CallDuration", "25",
                "CallerName", "ALICE SMITH", "Timestamp", "Mon, 02 Mar 2026 09:12:45 +0000"));

        assertEquals("twilio", call.provider());
        assertEquals("CA5f1c0a3e9b6d4e2f8a7b6c5d4e3f2a1b", call.callId());
        assertEquals(CallOutcome.MISSED, call.outcome());
        assertEquals(CallDirection.INBOUND, call.direction());
        assertEquals("+442079460958", call.from());
        assertEquals("ALICE SMITH", call.callerName());
        assertEquals(Instant.parse("2026-03-02T09:12:20Z"), call.startedAt(), "the event came when the call ended");
        assertEquals(25L, call.durationSeconds());
        assertEquals("no-answer", call.cause());
    }

    @Test
    void tellsAVoicemailFromAnAnsweredCall() {
        assertEquals(CallOutcome.VOICEMAIL, outcome("CallStatus", "completed", "RecordingUrl", "https://api.twilio.com/rec/RE1"));
        assertEquals(CallOutcome.VOICEMAIL, outcome("CallStatus", "completed", "TranscriptionText", "call me back"));
        assertEquals(CallOutcome.ANSWERED, outcome("CallStatus", "completed", "DialCallStatus", "completed",
                "RecordingUrl", "https://api.twilio.com/rec/RE2"));
        assertEquals(CallOutcome.ANSWERED, outcome("CallStatus", "completed"));
        assertEquals(CallOutcome.MISSED, outcome("CallStatus", "completed", "DialCallStatus", "no-answer"));
        assertEquals(CallOutcome.ABANDONED, outcome("CallStatus", "canceled"));
        assertEquals(CallOutcome.BUSY, outcome("CallStatus", "busy"));
        assertEquals(CallOutcome.IN_PROGRESS, outcome("CallStatus", "ringing"));
    }

    @Test
    void aTranscriptionIsAMessageOfItsOwnInTheCallsConversation() {
        CallRecord call = TwilioVoiceCallbacks.read(form("CallStatus", "completed", "TranscriptionSid", "TR1",
                "TranscriptionText", "call me back"));

        assertEquals("CA5f1c0a3e9b6d4e2f8a7b6c5d4e3f2a1b/TR1", call.callId());
        assertEquals("call me back", call.transcript());
    }

    @Test
    void anOutboundCallIsAboutWhoWasCalled() {
        CallRecord call = TwilioVoiceCallbacks.read(form("CallStatus", "busy", "Direction", "outbound-api"));

        assertEquals(CallDirection.OUTBOUND, call.direction());
        assertEquals("+14155550100", call.customerNumber());
    }

    @Test
    void namesTheParameterAtFault() {
        assertEquals("CallStatus", assertThrows(ProblemException.class,
                () -> TwilioVoiceCallbacks.read(form())).problem().field());
        assertEquals("CallStatus", assertThrows(ProblemException.class,
                () -> outcome("CallStatus", "exploded")).problem().field());
        assertEquals("CallDuration", assertThrows(ProblemException.class,
                () -> outcome("CallStatus", "completed", "CallDuration", "long")).problem().field());
    }
}
