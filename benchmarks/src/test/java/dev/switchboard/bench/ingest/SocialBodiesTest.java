package dev.switchboard.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The provider ids each post carries are the ones the audit expects: as many as {@link Bodies#yields}, each read
 * back to its post and place, and a status-only body carries no message.
 */
class SocialBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RUN = 1_700_000_000_000L;

    private final SocialBodies bodies = new SocialBodies(RUN, new SocialBodies.Secrets("a", "b", "c"));

    @Test
    void everyIdAPostCarriesIsReadBackToItsPostAndPlace() throws Exception {
        Map<SocialBodies.Kind, Integer> records = new EnumMap<>(SocialBodies.Kind.class);
        for (int n = 0; n < 500; n++) {
            List<String> ids = providerIds(SocialBodies.kind(n), JSON.readTree(bodies.post(n).body().getBytes()));

            assertEquals(bodies.yields(n), ids.size(), "post " + n);
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(Bodies.record(n, i), bodies.recordOf(ids.get(i)), ids.get(i));
                assertEquals(SocialBodies.kind(n) == SocialBodies.Kind.WHATSAPP_STATUS,
                        bodies.isStatus(bodies.recordOf(ids.get(i))));
            }
            records.merge(SocialBodies.kind(n), ids.size(), Integer::sum);
        }
        assertEquals(600, records.get(SocialBodies.Kind.WHATSAPP), "1 - 5 messages, 3 on average, in 200 bodies");
        assertEquals(50, records.get(SocialBodies.Kind.WHATSAPP_STATUS));
        assertTrue(bodies.recordOf("wamid.HBgLMTY1MDM4NzcyMDAVAgASGBQzQTdCNUI5RDc2") < 0, "another run's id");
        assertTrue(bodies.recordOf("bench:12345:67") < 0, "another run's Telegram id");
    }

    /** The providerMessageIds ingest-social gives the items of a body (see its normalizers). */
    private static List<String> providerIds(SocialBodies.Kind kind, JsonNode body) {
        List<String> ids = new ArrayList<>();
        switch (kind) {
            case WHATSAPP -> body.at("/entry/0/changes/0/value/messages")
                    .forEach(m -> ids.add(m.path("id").asText()));
            case WHATSAPP_STATUS -> {
                JsonNode value = body.at("/entry/0/changes/0/value");
                assertTrue(value.path("messages").isMissingNode(), "a status-only body");
                value.path("statuses").forEach(s -> ids.add(s.path("id").asText() + ":" + s.path("status").asText()));
            }
            case MESSENGER -> body.at("/entry/0/messaging").forEach(e -> ids.add(e.at("/message/mid").asText()));
            case TELEGRAM -> ids.add(SocialBodies.TELEGRAM_BOT + ":" + body.at("/message/chat/id").asText() + ":"
                    + body.at("/message/message_id").asText());
            case LINE -> body.path("events").forEach(e -> ids.add(e.at("/message/id").asText()));
            default -> throw new IllegalArgumentException(kind.name());
        }
        return ids;
    }
}
