package dev.switchboard.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.vertx.core.buffer.Buffer;

/**
 * Typical web-chat posts of about 1 KB, each with a clientMessageId of its own ({@code <run>-<n>}), spread over a
 * fixed set of sessions as visitors' conversations are; each publishes one record.
 */
public final class ChatBodies implements Bodies {

    public static final int TARGET_BYTES = 1024;
    private static final int SESSIONS = 1000;
    private static final String SENTENCE = "Hi, my order from last week still shows as processing and the tracking "
            + "link gives an error. Could you check what happened and whether it can still arrive before Friday? ";

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");

    private final String run;
    private final String path;
    private final String padding;

    /** Posts to {@code path}; {@code run} makes this run's ids differ from any other's on the same broker. */
    public ChatBodies(String run, String path) {
        this.run = run;
        this.path = path;
        this.padding = padding(TARGET_BYTES - json(0, "").length());
    }

    @Override
    public Post post(int n) {
        return new Post(path, HEADERS, Buffer.buffer(json(n, padding).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int yields(int n) {
        return 1;
    }

    /** A published providerMessageId is {@code <session>/<run>-<n>}. */
    @Override
    public long recordOf(String providerMessageId) {
        String prefix = "/" + run + "-";
        int at = providerMessageId == null ? -1 : providerMessageId.indexOf(prefix);
        return at < 0 ? -1 : Bodies.record(Integer.parseInt(providerMessageId.substring(at + prefix.length())), 0);
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
