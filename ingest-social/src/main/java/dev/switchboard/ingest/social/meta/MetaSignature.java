package dev.switchboard.ingest.social.meta;

import java.util.Locale;

import dev.switchboard.ingest.social.Hmac;

/** Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw body, keyed by the app secret. */
public final class MetaSignature {

    public static final String HEADER = "X-Hub-Signature-256";

    private MetaSignature() {
    }

    public static String sign(String appSecret, byte[] body) {
        return "sha256=" + Hmac.hex(Hmac.sha256(appSecret, body));
    }

    public static boolean isValid(String appSecret, byte[] body, String header) {
        if (appSecret == null || header == null) {
            return false;
        }
        return Hmac.matches(sign(appSecret, body), header.trim().toLowerCase(Locale.ROOT));
    }
}
