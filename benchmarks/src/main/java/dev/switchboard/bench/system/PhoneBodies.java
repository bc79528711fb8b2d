package dev.switchboard.bench.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.switchboard.bench.ingest.Bodies;
import io.vertx.core.buffer.Buffer;

/**
 * Call records as a telephony connector posts them to ingest-phone ({@code POST /v1/phone/calls}): voicemails with
 * a transcript and missed calls, from 1,000 callers, each call with an id of its own ({@code bench-<run>-<n>}),
 * which ingest-phone publishes as the record's providerMessageId. Each yields one record.
 */
final class PhoneBodies implements Bodies {

    static final String PATH = "/v1/phone/calls";
    private static final int CALLERS = 1000;
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private static final List<String[]> VOICEMAILS = List.of(
            new String[] { "en-US", "Hi, this is about my order, the tracking has not moved for a week. Please call "
                    + "me back on this number when you can, thank you." },
            new String[] { "en-GB", "Hello, I was charged twice for my last invoice and would like a refund. Could "
                    + "someone ring me back this afternoon?" },
            new String[] { "es-ES", "Hola, llamo por mi pedido, la entrega no ha llegado todavía. Por favor, "
                    + "devuélvanme la llamada." },
            new String[] { "hi-IN", "Namaste, mera refund abhi tak nahi aaya, please mujhe call back kijiye." });

    private final String run;

    PhoneBodies(String run) {
        this.run = run;
    }

    @Override
    public Post post(int n) {
        int caller = n % CALLERS;
        boolean missed = n % 4 == 3;
        String[] voicemail = VOICEMAILS.get(n % VOICEMAILS.size());
        String json = "{\"callId\":\"" + callId(n) + "\",\"from\":\"+1415555" + String.format("%04d", caller)
                + "\",\"to\":\"+14155550100\",\"direction\":\"inbound\",\"status\":\""
                + (missed ? "MISSED" : "VOICEMAIL") + "\",\"startedAt\":\"" + Instant.now() + "\","
                + "\"durationSeconds\":" + (missed ? 0 : 20 + n % 40) + ",\"callerName\":\"Caller " + caller + "\","
                + "\"locale\":\"" + voicemail[0] + "\""
                + (missed ? "" : ",\"transcript\":\"" + voicemail[1] + "\"") + "}";
        return new Post(PATH, HEADERS, Buffer.buffer(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int yields(int n) {
        return 1;
    }

    @Override
    public long recordOf(String providerMessageId) {
        String prefix = "bench-" + run + "-";
        if (providerMessageId == null || !providerMessageId.startsWith(prefix)) {
            return -1;
        }
        return Bodies.record(Integer.parseInt(providerMessageId.substring(prefix.length())), 0);
    }

    private String callId(int n) {
        return "bench-" + run + "-" + n;
    }
}
