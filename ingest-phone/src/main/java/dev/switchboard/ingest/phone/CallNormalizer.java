package dev.switchboard.ingest.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.PhoneNumbers;
import dev.switchboard.ingest.core.Text;
import dev.switchboard.ingest.phone.config.PhoneSettings;

/**
 * Turns a call into the canonical message. A call the customer did not get through on (missed, busy, failed,
 * abandoned, voicemail, callback request) becomes a callback conversation per caller; a call that needs no
 * callback (answered, or outbound) is published for the customer's history only, or not at all if so configured.
 */
@ApplicationScoped
public class CallNormalizer {

    private final Metadata metadata;
    private final PhoneSettings settings;
    private final Clock clock;

    @Inject
    public CallNormalizer(Metadata metadata, PhoneSettings settings) {
        this(metadata, settings, Clock.systemUTC());
    }

    CallNormalizer(Metadata metadata, PhoneSettings settings, Clock clock) {
        this.metadata = metadata;
        this.settings = settings;
        this.clock = clock;
    }

    public NormalizedCall normalize(CallRecord call) {
        Party customer = party(call.customerNumber());
        boolean historyOnly = call.direction() == CallDirection.OUTBOUND || call.outcome().reachedSomeone();
        String summary = CallSummary.of(call, customer.display());
        String transcript = Text.normalizeOrNull(call.transcript());
        Instant now = clock.instant();
        InboundMessage message = new InboundMessage(
                MessageIds.canonicalId(Channel.PHONE, call.provider(), call.callId()),
                InboundMessage.SCHEMA_VERSION,
                Channel.PHONE,
                call.provider(),
                "phone:" + call.provider() + ":" + customer.key(call.callId()),
                call.callId(),
                new CustomerIdentity(null, customer.e164(), customer.handle(), Text.normalizeOrNull(call.callerName()),
                        call.locale(), null, customer.country()),
                null,
                transcript == null ? summary : transcript,
                null,
                null,
                null,
                null,
                call.startedAt() == null ? now : call.startedAt(),
                now,
                flags(call, historyOnly, customer.callable()),
                metadata(call, summary));
        if (!call.outcome().ended()) {
            return new NormalizedCall(message, false, NormalizedCall.IN_PROGRESS);
        }
        boolean publish = !historyOnly || settings.publishAnswered();
        return new NormalizedCall(message, publish, publish ? NormalizedCall.ACCEPTED : NormalizedCall.SKIPPED);
    }

    private static Set<MessageFlag> flags(CallRecord call, boolean historyOnly, boolean callable) {
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        switch (call.outcome()) {
            case ANSWERED:
                flags.add(MessageFlag.ANSWERED_CALL);
                break;
            case VOICEMAIL:
                flags.add(MessageFlag.VOICEMAIL);
                break;
            case ABANDONED:
                flags.add(MessageFlag.ABANDONED_CALL);
                break;
            case MISSED:
            case BUSY:
            case FAILED:
                flags.add(MessageFlag.MISSED_CALL);
                break;
            default:
                break;
        }
        if (!historyOnly && callable && call.outcome().ended()) {
            flags.add(MessageFlag.CALLBACK_REQUESTED);
        }
        return flags;
    }

    private Map<String, String> metadata(CallRecord call, String summary) {
        Metadata.Builder builder = metadata.builder()
                .put("summary", summary)
                .put("direction", call.direction().name().toLowerCase(Locale.ROOT))
                .put("outcome", call.outcome().name().toLowerCase(Locale.ROOT))
                .put("from", call.from())
                .put("to", call.to())
                .put("cause", call.cause())
                .put("durationSeconds", call.durationSeconds())
                .put("billSeconds", call.billSeconds())
                .put("recordingUrl", call.recordingUrl())
                .put("queue", call.queue());
        call.details().forEach((key, value) -> builder.put(call.provider() + "." + key, value));
        return builder.build();
    }

    private Party party(String raw) {
        if (raw == null || raw.chars().noneMatch(Character::isDigit)) {
            return Party.UNKNOWN;
        }
        Optional<PhoneNumbers.E164> parsed = PhoneNumbers.parse(raw, settings.defaultRegion().orElse(null));
        return parsed.map(p -> new Party(p.e164(), p.country(), null))
                .orElseGet(() -> new Party(null, null, raw.replaceAll("\\s+", "")));
    }

    /** The customer: an E.164 number, or the number as the PBX wrote it (an extension), or nobody we can call. */
    private record Party(String e164, String country, String handle) {

        static final Party UNKNOWN = new Party(null, null, null);

        boolean callable() {
            return e164 != null || handle != null;
        }

        String display() {
            return e164 != null ? e164 : handle != null ? handle : "an unknown number";
        }

        /** Calls from one number share a conversation; calls from nobody in particular each get their own. */
        String key(String callId) {
            return e164 != null ? e164 : handle != null ? handle : "anonymous:" + callId;
        }
    }
}
