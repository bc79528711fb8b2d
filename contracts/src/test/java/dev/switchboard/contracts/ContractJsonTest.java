package dev.switchboard.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ContractJsonTest {

    private final ObjectMapper json = ContractJson.mapper();

    @Test
    void inboundMessageRoundTripsWithInstantsAsIsoText() throws Exception {
        InboundMessage message = new InboundMessage("id-1", InboundMessage.SCHEMA_VERSION, Channel.CHAT, "webchat",
                "chat:webchat:s1", "m1", CustomerIdentity.ofHandle("v1", "Ana"), null, "hola", null, null,
                List.of(), "es", Instant.parse("2026-11-23T10:15:30Z"), Instant.parse("2026-11-23T10:15:31Z"),
                Set.of(MessageFlag.PUBLIC_POST), Map.of("pageUrl", "https://shop.example/cart"));

        String text = json.writeValueAsString(message);

        assertTrue(text.contains("\"sentAt\":\"2026-11-23T10:15:30Z\""), text);
        assertEquals(message, json.readValue(text, InboundMessage.class));
    }

    @Test
    void deliveriesCarryTheirTypeAndComeBackAsTheSameRecord() throws Exception {
        Delivery offer = new Delivery.Offer("d1", Delivery.SCHEMA_VERSION, "agent-7", "c1", Instant.EPOCH, "o1",
                Channel.CHAT, "webchat", new Delivery.CustomerSummary("cu1", "Ana", null), null, "hola", "es",
                List.of("billing"), 2, "fluent Spanish speaker with billing", Instant.EPOCH.plusSeconds(30));

        String text = json.writeValueAsString(offer);

        assertTrue(text.contains("\"type\":\"offer\""), text);
        assertEquals(offer, json.readValue(text, Delivery.class));
    }

    @Test
    void agentEventsCarryTheirType() throws Exception {
        AgentEvent event = new AgentEvent.PresenceChanged("e1", AgentEvent.SCHEMA_VERSION, "agent-7", Instant.EPOCH,
                Presence.AVAILABLE);

        String text = json.writeValueAsString(event);

        assertTrue(text.contains("\"type\":\"presence\""), text);
        assertEquals(event, json.readValue(text, AgentEvent.class));
    }

    @Test
    void canonicalIdDependsOnlyOnTheProvidersIdentity() {
        String first = MessageIds.canonicalId(Channel.SMS, "twilio", "SM123");
        assertEquals(first, MessageIds.canonicalId(Channel.SMS, "twilio", "SM123"));
        assertNotEquals(first, MessageIds.canonicalId(Channel.SMS, "twilio", "SM124"));
        assertNotEquals(first, MessageIds.canonicalId(Channel.CHAT, "twilio", "SM123"));
    }
}
