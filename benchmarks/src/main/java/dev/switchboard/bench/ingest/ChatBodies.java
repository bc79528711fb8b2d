package dev.switchboard.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

import io.vertx.core.buffer.Buffer;

/**
 * Typical web-chat posts of about 1 KB, each with a clientMessageId of its own ({@code <run>-<n>}), spread over a
 * fixed set of sessions as visitors' conversations are. Remembers which ones were answered 202, so the topic can be
 * checked against them. Used from one event-loop thread only.
 */
final class ChatBodies {

    static final int TARGET_BYTES = 1024;
    private static final int SESSIONS = 1000;
    private static final String SENTENCE = "Hi, my order from last week still shows as processing and the tracking "
            + "link gives an error. Could you check what happened and whether it can still arrive before Friday? ";

    private final String run;
    private final String padding;
    private final BitSet acked = new BitSet();
    private int next;

    ChatBodies(String run) {
        this.run = run;
        this.padding = padding(TARGET_BYTES - json(0, "").length());
    }

    /** The sequence number of the next post. */
    int next() {
        return next++;
    }

    Buffer body(int n) {
        return Buffer.buffer(json(n, padding).getBytes(StandardCharsets.UTF_8));
    }

    void acked(int n) {
        acked.set(n);
    }

    BitSet acked() {
        return acked;
    }

    int sent() {
        return next;
    }

    /** The sequence number in a published providerMessageId ({@code <session>/<run>-<n>}), or -1 if not ours. */
    int sequenceOf(String providerMessageId) {
        String prefix = "/" + run + "-";
        int at = providerMessageId == null ? -1 : providerMessageId.indexOf(prefix);
        return at < 0 ? -1 : Integer.parseInt(providerMessageId.substring(at + prefix.length()));
    }

    private String json(int n, String text) {
        int session = n % SESSIONS;
        return "{\"sessionId\":\"bench-session-" + session + "\",\"clientMessageId\":\"" + run + "-" + n + "\","
                + "\"visitor\":{\"id\":\"visitor-" + session + "\",\"name\":\"Visitor " + session + "\","
                + "\"email\":\"visitor" + session + "@example.com\"},"
                + "\"text\":\"" + text + "\",\"locale\":\"en-GB\",\"timeZone\":\"Europe/London\","
                + "\"pageUrl\":\"https://shop.example/orders/" + session + "\"}";
    }

    private static String padding(int length) {
        StringBuilder text = new StringBuilder(Math.max(length, 1));
        while (text.length() < length) {
            text.append(SENTENCE);
        }
        return text.substring(0, Math.max(length, 1)).strip();
    }
}
