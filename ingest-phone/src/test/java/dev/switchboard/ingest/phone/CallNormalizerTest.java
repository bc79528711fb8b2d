package dev.switchboard.ingest.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;

class CallNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Instant STARTED = Instant.parse("2026-03-02T09:12:45Z");

    private final CallNormalizer normalizer = normalizer(Map.of("switchboard.ingest.phone.default-region", "US"));

    private static CallNormalizer normalizer(Map<String, String> settings) {
        return new CallNormalizer(TestSettings.metadata(), TestSettings.phone(settings),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CallRecord.Builder call(CallOutcome outcome) {
        return CallRecord.builder("generic", "call-1").outcome(outcome).from("(415) 555-0100").to("+18005550199")
                .startedAt(STARTED);
    }

    @Test
    void aMissedCallBecomesACallbackConversationForTheCaller() {
        NormalizedCall normalized = normalizer.normalize(call(CallOutcome.MISSED).callerName("Ana Ruiz").build());
        InboundMessage message = normalized.message();

        assertTrue(normalized.publish());
        assertEquals("accepted", normalized.status());
        assertEquals(MessageIds.canonicalId(Channel.PHONE, "generic", "call-1"), message.id());
        assertEquals(Channel.PHONE, message.channel());
        assertEquals("phone:generic:+14155550100", message.conversationKey());
        assertEquals("call-1", message.providerMessageId());
        assertEquals("+14155550100", message.customer().phone());
        assertEquals("US", message.customer().country());
        assertEquals("Ana Ruiz", message.customer().displayName());
        assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("Missed call from +14155550100 at 2026-03-02T09:12:45Z; no voicemail.", message.text());
        assertEquals(STARTED, message.sentAt());
        assertEquals(NOW, message.receivedAt());
        assertEquals("+18005550199", message.metadata().get("to"));
        assertEquals("missed", message.metadata().get("outcome"));
    }

    @Test
    void aVoicemailCarriesItsTranscriptAsTheText() {
        InboundMessage message = normalizer.normalize(call(CallOutcome.VOICEMAIL)
                .transcript("Hola, llamo por el pedido 4411. Llámenme, por favor.")
                .recordingUrl("https://media.example/rec/1.wav").durationSeconds(31L).build()).message();

        assertEquals(Set.of(MessageFlag.VOICEMAIL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("Hola, llamo por el pedido 4411. Llámenme, por favor.", message.text());
        assertEquals("https://media.example/rec/1.wav", message.metadata().get("recordingUrl"));
        assertEquals("Voicemail from +14155550100 at 2026-03-02T09:12:45Z, 31 s.",
                message.metadata().get("summary"), "the summary is kept beside the transcript");
    }

    @Test
    void anAbandonedCallSaysHowLongTheCallerWaitedAndWhere() {
        InboundMessage message = normalizer.normalize(call(CallOutcome.ABANDONED).durationSeconds(95L)
                .queue("Billing").build()).message();

        assertEquals(Set.of(MessageFlag.ABANDONED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("Abandoned call from +14155550100 at 2026-03-02T09:12:45Z: the caller hung up after 95 s"
                + " in queue Billing; no voicemail.", message.text());
    }

    @Test
    void anAnsweredCallIsHistoryWithoutACallback() {
        NormalizedCall normalized = normalizer.normalize(call(CallOutcome.ANSWERED).billSeconds(312L).build());

        assertTrue(normalized.publish());
        assertEquals(Set.of(MessageFlag.ANSWERED_CALL), normalized.message().flags());
        assertEquals("Answered call from +14155550100 at 2026-03-02T09:12:45Z, 312 s.", normalized.message().text());
    }

    @Test
    void answeredCallsAreAcknowledgedButNotPublishedWhenSoConfigured() {
        CallNormalizer quiet = normalizer(Map.of("switchboard.ingest.phone.publish-answered", "false"));

        NormalizedCall answered = quiet.normalize(call(CallOutcome.ANSWERED).build());
        assertFalse(answered.publish());
        assertEquals("skipped", answered.status());
        assertTrue(quiet.normalize(call(CallOutcome.MISSED).build()).publish(), "missed calls still need a callback");
    }

    @Test
    void anOutboundCallIsAboutTheCalleeAndNeverAsksForACallback() {
        InboundMessage message = normalizer.normalize(CallRecord.builder("twilio", "CA1")
                .direction(CallDirection.OUTBOUND).outcome(CallOutcome.MISSED).cause("no-answer")
                .from("+18005550199").to("+442079460958").startedAt(STARTED).build()).message();

        assertEquals("phone:twilio:+442079460958", message.conversationKey());
        assertEquals("GB", message.customer().country());
        assertEquals(Set.of(MessageFlag.MISSED_CALL), message.flags());
        assertEquals("Outbound call to +442079460958 at 2026-03-02T09:12:45Z; not answered (no-answer).",
                message.text());
    }

    @Test
    void anAnonymousCallerGetsAConversationOfTheirOwnAndNoCallback() {
        InboundMessage message = normalizer.normalize(call(CallOutcome.MISSED).from("anonymous").build()).message();

        assertEquals("phone:generic:anonymous:call-1", message.conversationKey());
        assertNull(message.customer().phone());
        assertEquals(Set.of(MessageFlag.MISSED_CALL), message.flags());
        assertEquals("Missed call from an unknown number at 2026-03-02T09:12:45Z; no voicemail.", message.text());
    }

    @Test
    void anExtensionIsKeptAsWrittenAndCanBeCalledBack() {
        InboundMessage message = normalizer.normalize(call(CallOutcome.BUSY).from("2041").build()).message();

        assertEquals("phone:generic:2041", message.conversationKey());
        assertEquals("2041", message.customer().handle());
        assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags());
    }

    @Test
    void aCallStillRingingIsNeverPublished() {
        NormalizedCall ringing = normalizer.normalize(call(CallOutcome.IN_PROGRESS).build());

        assertFalse(ringing.publish());
        assertEquals("in-progress", ringing.status());
    }

    @Test
    void providerDetailsAreKeptUnderTheProviderName() {
        InboundMessage message = normalizer.normalize(CallRecord.builder("asterisk", "1497953261.5")
                .outcome(CallOutcome.MISSED).from("253-433-5862").detail("dcontext", "production").build())
                .message();

        assertEquals("production", message.metadata().get("asterisk.dcontext"));
        assertEquals(NOW, message.sentAt(), "without a start time the call is dated when it was received");
        assertEquals("Missed call from +12534335862; no voicemail.", message.text());
    }
}
