package dev.switchboard.ingest.social.line;

import dev.switchboard.ingest.social.Hmac;

/** LINE's {@code x-line-signature}: the base64 HMAC-SHA256 of the raw body, keyed by the channel secret. */
public final class LineSignature {

    public static final String HEADER = "x-line-signature";

    private LineSignature() {
    }

    public static String sign(String channelSecret, byte[] body) {
        return Hmac.base64(Hmac.sha256(channelSecret, body));
    }

    public static boolean isValid(String channelSecret, byte[] body, String header) {
        return channelSecret != null && Hmac.matches(sign(channelSecret, body), header);
    }
}
