package dev.switchboard.ingest.phone.api;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

/**
 * Reads Twilio's voice status callback (and the {@code <Dial action>} / {@code <Record transcribeCallback>}
 * requests, which carry the same parameters) as a call.
 */
final class TwilioVoiceCallbacks {

    static final String PROVIDER = "twilio";

    private TwilioVoiceCallbacks() {
    }

    static CallRecord read(MultivaluedMap<String, String> form) {
        String callSid = Fields.requireId("CallSid", first(form, "CallSid"));
        String status = first(form, "CallStatus");
        if (status == null) {
            throw ProblemException.badInput("CallStatus", "CallStatus is required");
        }
        String transcriptionSid = first(form, "TranscriptionSid");
        String direction = first(form, "Direction");
        Long duration = Fields.seconds("CallDuration", first(form, "CallDuration"));
        return CallRecord.builder(PROVIDER,
                        // A transcription arrives after the call's own callback: a follow-up message, not a repeat.
                        transcriptionSid == null ? callSid : callSid + "/" + transcriptionSid)
                .direction(direction != null && direction.startsWith("outbound")
                        ? CallDirection.OUTBOUND : CallDirection.INBOUND)
                .outcome(outcome(form, status.toLowerCase(Locale.ROOT)))
                .from(first(form, "From"))
                .to(first(form, "To"))
                .callerName(first(form, "CallerName"))
                .startedAt(started(timestamp(first(form, "Timestamp")), duration))
                .durationSeconds(duration)
                .recordingUrl(first(form, "RecordingUrl"))
                .transcript(first(form, "TranscriptionText"))
                .cause(status)
                .detail("callSid", callSid)
                .detail("direction", direction)
                .detail("dialCallStatus", first(form, "DialCallStatus"))
                .detail("recordingDuration", first(form, "RecordingDuration"))
                .detail("transcriptionStatus", first(form, "TranscriptionStatus"))
                .detail("forwardedFrom", first(form, "ForwardedFrom"))
                .detail("fromCity", first(form, "FromCity"))
                .detail("fromCountry", first(form, "FromCountry"))
                .detail("answeredBy", first(form, "AnsweredBy"))
                .build();
    }

    /**
     * Twilio answers every call it hands to TwiML, so "completed" alone does not say a person spoke to the caller:
     * a transcription or a recording without a connected {@code <Dial>} is a voicemail, and the {@code <Dial>}
     * outcome says whether an agent picked up.
     */
    private static CallOutcome outcome(MultivaluedMap<String, String> form, String status) {
        switch (status) {
            case "completed":
                return completed(form);
            case "busy":
                return CallOutcome.BUSY;
            case "no-answer":
                return CallOutcome.MISSED;
            case "failed":
                return CallOutcome.FAILED;
            case "canceled":
                return CallOutcome.ABANDONED;
            case "queued":
            case "initiated":
            case "ringing":
            case "in-progress":
            case "answered":
                return CallOutcome.IN_PROGRESS;
            default:
                throw ProblemException.badInput("CallStatus", "CallStatus '" + status + "' is not a Twilio call status");
        }
    }

    private static CallOutcome completed(MultivaluedMap<String, String> form) {
        String dial = first(form, "DialCallStatus");
        if (first(form, "TranscriptionText") != null) {
            return CallOutcome.VOICEMAIL;
        }
        if ("completed".equals(dial) || "answered".equals(dial)) {
            return CallOutcome.ANSWERED;
        }
        if (first(form, "RecordingUrl") != null) {
            return CallOutcome.VOICEMAIL;
        }
        if (dial == null) {
            return CallOutcome.ANSWERED;
        }
        return "canceled".equals(dial) ? CallOutcome.ABANDONED
                : "busy".equals(dial) ? CallOutcome.BUSY
                : "failed".equals(dial) ? CallOutcome.FAILED
                : CallOutcome.MISSED;
    }

    /** Timestamp is when the event happened; a final event comes CallDuration seconds after the call began. */
    private static Instant started(Instant event, Long duration) {
        return event == null || duration == null ? event : event.minusSeconds(duration);
    }

    /** Twilio's RFC 1123 Timestamp; a value Twilio did not write is ignored rather than failing the callback. */
    private static Instant timestamp(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
