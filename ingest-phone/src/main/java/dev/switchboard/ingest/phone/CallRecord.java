package dev.switchboard.ingest.phone;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call as a telephony platform reported it, in the terms every provider shares; what only one provider
 * knows (Asterisk's dcontext, Connect's contact attributes) rides along in {@code details}.
 *
 * @param callId  the provider's unique id for the call (Asterisk uniqueid, Twilio CallSid, Connect ContactId)
 * @param from    the calling number as the provider wrote it
 * @param to      the called number as the provider wrote it
 * @param cause   the provider's own word for how the call ended (disposition, hangup cause, CallStatus)
 * @param details provider specifics worth keeping, in a stable order
 */
public record CallRecord(
        String provider,
        String callId,
        CallDirection direction,
        CallOutcome outcome,
        String from,
        String to,
        String callerName,
        String locale,
        Instant startedAt,
        Long durationSeconds,
        Long billSeconds,
        String recordingUrl,
        String transcript,
        String queue,
        String cause,
        Map<String, String> details) {

    public CallRecord {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The customer's number: the caller on inbound calls, the callee on outbound ones. */
    public String customerNumber() {
        return direction == CallDirection.OUTBOUND ? to : from;
    }

    public static Builder builder(String provider, String callId) {
        return new Builder(provider, callId);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(provider, callId).direction(direction).outcome(outcome).from(from).to(to)
                .callerName(callerName).locale(locale).startedAt(startedAt).durationSeconds(durationSeconds)
                .billSeconds(billSeconds).recordingUrl(recordingUrl).transcript(transcript).queue(queue)
                .cause(cause);
        details.forEach(builder::detail);
        return builder;
    }

    /** Providers fill what they know; everything else stays null. */
    public static final class Builder {

        private final String provider;
        private final String callId;
        private CallDirection direction = CallDirection.INBOUND;
        private CallOutcome outcome;
        private String from;
        private String to;
        private String callerName;
        private String locale;
        private Instant startedAt;
        private Long durationSeconds;
        private Long billSeconds;
        private String recordingUrl;
        private String transcript;
        private String queue;
        private String cause;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(String provider, String callId) {
            this.provider = provider;
            this.callId = callId;
        }

        public Builder direction(CallDirection value) {
            direction = value;
            return this;
        }

        public Builder outcome(CallOutcome value) {
            outcome = value;
            return this;
        }

        public Builder from(String value) {
            from = value;
            return this;
        }

        public Builder to(String value) {
            to = value;
            return this;
        }

        public Builder callerName(String value) {
            callerName = value;
            return this;
        }

        public Builder locale(String value) {
            locale = value;
            return this;
        }

        public Builder startedAt(Instant value) {
            startedAt = value;
            return this;
        }

        public Builder durationSeconds(Long value) {
            durationSeconds = value;
            return this;
        }

        public Builder billSeconds(Long value) {
            billSeconds = value;
            return this;
        }

        public Builder recordingUrl(String value) {
            recordingUrl = value;
            return this;
        }

        public Builder transcript(String value) {
            transcript = value;
            return this;
        }

        public Builder queue(String value) {
            queue = value;
            return this;
        }

        public Builder cause(String value) {
            cause = value;
            return this;
        }

        /** Keeps a provider specific; blank values are left out. */
        public Builder detail(String key, String value) {
            if (value != null && !value.isBlank()) {
                details.put(key, value);
            }
            return this;
        }

        public CallRecord build() {
            return new CallRecord(provider, callId, direction, outcome, from, to, callerName, locale, startedAt,
                    durationSeconds, billSeconds, recordingUrl, transcript, queue, cause, details);
        }
    }
}
