package dev.switchboard.ingest.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: base64 HMAC-SHA1, keyed by the account's auth token, of the URL Twilio
 * called followed by every POST parameter sorted by name, name then value.
 */
public final class TwilioSignature {

    private TwilioSignature() {
    }

    public static String sign(String authToken, String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> data.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** Constant-time check of the header against the signature of this request. */
    public static boolean isValid(String authToken, String url, Map<String, List<String>> params, String header) {
        if (header == null || header.isBlank() || authToken == null || authToken.isBlank()) {
            return false;
        }
        byte[] expected = sign(authToken, url, params).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.UTF_8));
    }
}
