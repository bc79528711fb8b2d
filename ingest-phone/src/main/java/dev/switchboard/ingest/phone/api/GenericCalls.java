package dev.switchboard.ingest.phone.api;

import java.util.Locale;

import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

/** Checks a generic call record and reads it as a call. */
final class GenericCalls {

    static final String PROVIDER = "generic";

    private GenericCalls() {
    }

    static CallRecord read(GenericCall call) {
        if (call == null) {
            throw ProblemException.badInput(null, "the body must be a call record object");
        }
        return CallRecord.builder(PROVIDER, Fields.requireId("callId", call.callId()))
                .direction(direction(call.direction()))
                .outcome(outcome("status", call.status()))
                .from(Fields.blankToNull(call.from()))
                .to(Fields.blankToNull(call.to()))
                .callerName(call.callerName())
                .locale(Fields.locale("locale", call.locale()))
                .startedAt(call.startedAt())
                .durationSeconds(Fields.seconds("durationSeconds", call.durationSeconds()))
                .recordingUrl(Fields.blankToNull(call.recordingUrl()))
                .transcript(call.transcript())
                .queue(Fields.blankToNull(call.queue()))
                .cause(call.status().trim().toUpperCase(Locale.ROOT))
                .build();
    }

    private static CallDirection direction(String value) {
        if (value == null || value.isBlank()) {
            return CallDirection.INBOUND;
        }
        try {
            return CallDirection.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("direction", "direction must be INBOUND or OUTBOUND, not '" + value + "'");
        }
    }

    /** ANSWERED, MISSED, ABANDONED, VOICEMAIL, BUSY or FAILED, in any case. */
    static CallOutcome outcome(String field, String status) {
        if (status == null || status.isBlank()) {
            throw ProblemException.badInput(field, field + " is required");
        }
        switch (status.trim().toUpperCase(Locale.ROOT)) {
            case "ANSWERED":
                return CallOutcome.ANSWERED;
            case "MISSED":
                return CallOutcome.MISSED;
            case "ABANDONED":
                return CallOutcome.ABANDONED;
            case "VOICEMAIL":
                return CallOutcome.VOICEMAIL;
            case "BUSY":
                return CallOutcome.BUSY;
            case "FAILED":
                return CallOutcome.FAILED;
            default:
                throw ProblemException.badInput(field,
                        field + " must be one of ANSWERED, MISSED, ABANDONED, VOICEMAIL, BUSY, FAILED, not '" + status + "'");
        }
    }
}
