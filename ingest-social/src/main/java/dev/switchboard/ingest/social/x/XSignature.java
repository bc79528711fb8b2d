package dev.switchboard.ingest.social.x;

import java.nio.charset.StandardCharsets;

import dev.switchboard.ingest.social.Hmac;

/**
 * X Account Activity API: the CRC answer and {@code x-twitter-webhooks-signature}, both {@code sha256=} and the
 * base64 HMAC-SHA256 keyed by the app's consumer secret (of the crc_token, and of the raw body).
 */
public final class XSignature {

    public static final String HEADER = "x-twitter-webhooks-signature";

    private XSignature() {
    }

    public static String sign(String consumerSecret, byte[] body) {
        return "sha256=" + Hmac.base64(Hmac.sha256(consumerSecret, body));
    }

    public static String crcResponse(String consumerSecret, String crcToken) {
        return sign(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isValid(String consumerSecret, byte[] body, String header) {
        return consumerSecret != null && Hmac.matches(sign(consumerSecret, body), header);
    }
}
