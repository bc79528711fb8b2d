package dev.switchboard.ingest.social.slack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.switchboard.ingest.social.Hmac;

/**
 * Slack's request signing, v0: {@code v0=} and the hex HMAC-SHA256 of {@code v0:<timestamp>:<raw body>}, keyed by
 * the signing secret. A timestamp outside the replay window is refused even with a good signature: it is a replay.
 */
public final class SlackSignature {

    public static final String HEADER = "X-Slack-Signature";
    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

    private final String signingSecret;
    private final Duration replayWindow;
    private final Clock clock;

    public SlackSignature(String signingSecret, Duration replayWindow, Clock clock) {
        this.signingSecret = signingSecret;
        this.replayWindow = replayWindow;
        this.clock = clock;
    }

    public static String sign(String signingSecret, String timestamp, byte[] body) {
        return "v0=" + Hmac.hex(Hmac.sha256(signingSecret,
                ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body));
    }

    public enum Verdict { VALID, STALE, INVALID }

    public Verdict check(String timestamp, byte[] body, String signature) {
        if (signingSecret == null || timestamp == null || signature == null) {
            return Verdict.INVALID;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (!Hmac.matches(sign(signingSecret, timestamp.trim(), body), signature)) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        return age.compareTo(replayWindow) > 0 ? Verdict.STALE : Verdict.VALID;
    }
}
