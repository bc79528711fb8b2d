package dev.switchboard.ingest.email.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.ingest.core.IngestMetrics;
import dev.switchboard.ingest.email.EmailSettings;
import dev.switchboard.servicekit.ProblemException;

/**
 * Mailgun's webhook signature: {@code signature} is the hex HMAC-SHA256 of {@code timestamp} followed by
 * {@code token}, keyed by the account's webhook signing key; a timestamp further than
 * {@code switchboard.email.mailgun.max-age} from now is refused, so a captured post cannot be replayed later.
 */
@ApplicationScoped
public class MailgunSignature {

    private final EmailSettings settings;
    private final Clock clock;
    private final IngestMetrics metrics;

    public MailgunSignature(EmailSettings settings, Clock clock, IngestMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    void verify(String timestamp, String token, String signature) {
        String key = settings.mailgun().signingKey().orElse(null);
        if (key == null || key.isBlank()) {
            throw rejected("Mailgun webhooks are not configured here (switchboard.email.mailgun.signing-key)");
        }
        if (timestamp == null || token == null || signature == null) {
            throw rejected("timestamp, token and signature are required");
        }
        if (!MessageDigest.isEqual(sign(key, timestamp + token).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw rejected("the Mailgun signature does not match this request");
        }
        if (!isFresh(timestamp.strip())) {
            throw rejected("the Mailgun signature timestamp is more than " + settings.mailgun().maxAge() + " from now");
        }
    }

    static String sign(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private boolean isFresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        return age.compareTo(settings.mailgun().maxAge()) <= 0;
    }

    private ProblemException rejected(String detail) {
        metrics.rejected("bad-signature");
        return ProblemException.unauthorized(detail);
    }
}
