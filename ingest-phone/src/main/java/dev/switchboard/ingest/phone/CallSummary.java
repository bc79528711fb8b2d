package dev.switchboard.ingest.phone;

import java.time.temporal.ChronoUnit;

/** The one sentence an agent reads for a call that left no transcript: who, when, and what happened. */
final class CallSummary {

    private CallSummary() {
    }

    /** @param party the customer as the agent should see them: E.164, the raw number, or "an unknown number" */
    static String of(CallRecord call, String party) {
        String at = call.startedAt() == null ? "" : " at " + call.startedAt().truncatedTo(ChronoUnit.SECONDS);
        if (call.direction() == CallDirection.OUTBOUND) {
            return "Outbound call to " + party + at + (call.outcome().reachedSomeone()
                    ? "; answered" + seconds(call.billSeconds(), call.durationSeconds()) + "."
                    : "; not answered" + because(call) + ".");
        }
        String from = " from " + party + at;
        switch (call.outcome()) {
            case ANSWERED:
                return "Answered call" + from + seconds(call.billSeconds(), call.durationSeconds()) + ".";
            case VOICEMAIL:
                return "Voicemail" + from + seconds(null, call.durationSeconds())
                        + (call.transcript() == null || call.transcript().isBlank() ? "; no transcript." : ".");
            case CALLBACK_REQUESTED:
                return "Callback requested by " + party + at + inQueue(call) + ".";
            case ABANDONED:
                return "Abandoned call" + from + ": the caller hung up" + waited(call) + inQueue(call)
                        + "; no voicemail.";
            case BUSY:
                return "Missed call" + from + " (line busy); no voicemail.";
            case FAILED:
                return "Missed call" + from + " (the call failed" + (call.cause() == null ? "" : ": " + call.cause())
                        + "); no voicemail.";
            case MISSED:
                return "Missed call" + from + "; no voicemail.";
            default:
                return "Call" + from + " in progress.";
        }
    }

    private static String seconds(Long preferred, Long fallback) {
        Long value = preferred != null && preferred > 0 ? preferred : fallback;
        return value == null || value <= 0 ? "" : ", " + value + " s";
    }

    private static String waited(CallRecord call) {
        return call.durationSeconds() == null || call.durationSeconds() <= 0
                ? "" : " after " + call.durationSeconds() + " s";
    }

    private static String inQueue(CallRecord call) {
        return call.queue() == null ? "" : " in queue " + call.queue();
    }

    private static String because(CallRecord call) {
        return call.cause() == null ? "" : " (" + call.cause() + ")";
    }
}
