package dev.switchboard.ingest.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a message came from and what its provider adds to it: the provider, the bytes as delivered (the raw
 * message, or the whole webhook payload when the provider posted fields), the provider's own id for the message
 * (used when the mail has no Message-ID), provider metadata, and problems the payload had.
 */
public final class EmailSource {

    public static final String RFC822 = "message/rfc822";

    private final String provider;
    private final byte[] original;
    private final String originalType;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private String providerId;

    private EmailSource(String provider, byte[] original, String originalType) {
        this.provider = provider;
        this.original = original;
        this.originalType = originalType;
    }

    /** A raw RFC 5322 message, which is also what is hashed and kept. */
    public static EmailSource raw(String provider, byte[] raw) {
        return new EmailSource(provider, raw, RFC822);
    }

    /** A message posted as fields: the payload itself, with its Content-Type, is what is hashed and kept. */
    public static EmailSource payload(String provider, byte[] body, String contentType) {
        return new EmailSource(provider, body, contentType);
    }

    /** The provider's id for the message, used when the mail has no Message-ID. */
    public EmailSource providerId(String id) {
        this.providerId = id == null || id.isBlank() ? null : id.strip();
        return this;
    }

    /** Provider metadata; null and blank values are left out. */
    public EmailSource put(String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            metadata.put(key, value.toString());
        }
        return this;
    }

    public EmailSource problem(String problem) {
        problems.add(problem);
        return this;
    }

    public String provider() {
        return provider;
    }

    public byte[] original() {
        return original;
    }

    public String originalType() {
        return originalType;
    }

    public String providerId() {
        return providerId;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public List<String> problems() {
        return problems;
    }
}
