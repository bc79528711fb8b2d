package dev.switchboard.ingest.phone.api;

import java.time.Instant;

/**
 * A call record from any telephony platform without a connector of its own.
 *
 * @param callId          the platform's unique id for the call; a re-post with the same id is the same call
 * @param from            the caller's number, ideally E.164
 * @param to              the number called
 * @param direction       INBOUND (default) or OUTBOUND
 * @param status          ANSWERED, MISSED, ABANDONED, VOICEMAIL, BUSY or FAILED
 * @param durationSeconds how long the call lasted, ringing included
 * @param recordingUrl    where the voicemail or call recording is
 * @param transcript      the voicemail or call transcript, if the platform made one
 * @param locale          BCP 47 language of the caller, if the platform knows it (IVR language choice)
 */
public record GenericCall(
        String callId,
        String from,
        String to,
        String direction,
        String status,
        Instant startedAt,
        Long durationSeconds,
        String recordingUrl,
        String transcript,
        String callerName,
        String locale,
        String queue) {
}
