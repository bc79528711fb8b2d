package dev.switchboard.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;

class FrameCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final FrameCodec codec = new FrameCodec(ContractJson.mapper(), Clock.fixed(NOW, ZoneOffset.UTC),
            () -> "e-1");

    @Test
    void presenceBecomesPresenceChangedStampedWithTheTokensAgent() {
        assertEquals(new AgentEvent.PresenceChanged("e-1", 1, "a1", NOW, Presence.AVAILABLE),
                event("{\"type\":\"presence\",\"presence\":\"AVAILABLE\"}"));
    }

    @Test
    void anAgentIdInTheFrameIsIgnored() {
        AgentEvent event = event("{\"type\":\"presence\",\"presence\":\"AWAY\",\"agentId\":\"a2\"}");
        assertEquals("a1", event.agentId());
    }

    @Test
    void acceptBecomesOfferAccepted() {
        assertEquals(new AgentEvent.OfferAccepted("e-1", 1, "a1", NOW, "o-1", "c-1"),
                event("{\"type\":\"accept\",\"offerId\":\"o-1\",\"conversationId\":\"c-1\"}"));
    }

    @Test
    void declineBecomesOfferDeclinedWithOrWithoutAReason() {
        assertEquals(new AgentEvent.OfferDeclined("e-1", 1, "a1", NOW, "o-1", "c-1", "on a call"),
                event("{\"type\":\"decline\",\"offerId\":\"o-1\",\"conversationId\":\"c-1\",\"reason\":\"on a call\"}"));
        assertEquals(new AgentEvent.OfferDeclined("e-1", 1, "a1", NOW, "o-1", "c-1", null),
                event("{\"type\":\"decline\",\"offerId\":\"o-1\",\"conversationId\":\"c-1\"}"));
    }

    @Test
    void replyBecomesReplySent() {
        assertEquals(new AgentEvent.ReplySent("e-1", 1, "a1", NOW, "c-1", "Your refund is on its way."),
                event("{\"type\":\"reply\",\"conversationId\":\"c-1\",\"text\":\"Your refund is on its way.\"}"));
    }

    @Test
    void closeBecomesConversationClosed() {
        assertEquals(new AgentEvent.ConversationClosed("e-1", 1, "a1", NOW, "c-1", "resolved"),
                event("{\"type\":\"close\",\"conversationId\":\"c-1\",\"disposition\":\"resolved\"}"));
    }

    @Test
    void transferGoesToAnAgentOrToASkill() {
        assertEquals(new AgentEvent.TransferRequested("e-1", 1, "a1", NOW, "c-1", "a7", null, "speaks Gujarati"),
                event("{\"type\":\"transfer\",\"conversationId\":\"c-1\",\"toAgentId\":\"a7\",\"note\":\"speaks Gujarati\"}"));
        assertEquals(new AgentEvent.TransferRequested("e-1", 1, "a1", NOW, "c-1", null, "billing", null),
                event("{\"type\":\"transfer\",\"conversationId\":\"c-1\",\"toSkill\":\"billing\"}"));
    }

    @Test
    void acceptsTheCurrentSchemaVersionAndIgnoresUnknownFields() {
        assertEquals(new AgentEvent.PresenceChanged("e-1", 1, "a1", NOW, Presence.AWAY),
                event("{\"type\":\"presence\",\"schemaVersion\":1,\"presence\":\"AWAY\",\"since\":\"lunch\"}"));
    }

    @Test
    void textThatIsNotAJsonObjectIsAMalformedFrame() {
        for (String text : List.of("", "hello", "{\"type\":", "[]", "42", "null")) {
            assertError(ErrorCode.MALFORMED_FRAME, text);
        }
    }

    @Test
    void aMissingOrUnknownTypeIsAnUnknownType() {
        assertError(ErrorCode.UNKNOWN_TYPE, "{\"presence\":\"AVAILABLE\"}");
        assertError(ErrorCode.UNKNOWN_TYPE, "{\"type\":\"dance\"}");
        assertError(ErrorCode.UNKNOWN_TYPE, "{\"type\":7}");
        assertError(ErrorCode.UNKNOWN_TYPE, "{\"type\":\"offer\",\"offerId\":\"o-1\"}");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        assertError(ErrorCode.UNSUPPORTED_VERSION, "{\"type\":\"presence\",\"schemaVersion\":2,\"presence\":\"AWAY\"}");
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertEquals("'offerId' is required",
                assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"accept\",\"conversationId\":\"c-1\"}").message());
        assertEquals("'text' is required",
                assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"reply\",\"conversationId\":\"c-1\",\"text\":\"  \"}")
                        .message());
        assertEquals("'presence' has the wrong type or value",
                assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"presence\",\"presence\":\"BUSY\"}").message());
        assertEquals("'conversationId' has the wrong type or value",
                assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"close\",\"conversationId\":{\"id\":1}}").message());
    }

    @Test
    void anAgentCannotDeclareThemselvesOffline() {
        assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"presence\",\"presence\":\"OFFLINE\"}");
    }

    @Test
    void aTransferNamesExactlyOneTarget() {
        assertError(ErrorCode.INVALID_FIELD, "{\"type\":\"transfer\",\"conversationId\":\"c-1\"}");
        assertError(ErrorCode.INVALID_FIELD,
                "{\"type\":\"transfer\",\"conversationId\":\"c-1\",\"toAgentId\":\"a7\",\"toSkill\":\"billing\"}");
    }

    @Test
    void errorMessagesDoNotRepeatWhatTheAgentSent() {
        ErrorFrame error = assertError(ErrorCode.INVALID_FIELD,
                "{\"type\":\"presence\",\"presence\":\"my card is 4111111111111111\"}");
        assertFalse(error.message().contains("4111"), error.message());
    }

    @Test
    void aDeliveryFrameIsTheDeliveryItself() throws Exception {
        Delivery offer = new Delivery.Offer("d-1", 1, "a1", "c-1", NOW, "o-1", Channel.CHAT, "webchat",
                new Delivery.CustomerSummary("cu-1", "Ana", null), null, "hola", "es", List.of("billing"), 2,
                "fluent Spanish speaker", NOW.plusSeconds(30));

        String frame = codec.encode(offer);

        assertEquals("offer", ContractJson.mapper().readTree(frame).get("type").asText());
        assertEquals(offer, ContractJson.mapper().readValue(frame, Delivery.class));
    }

    @Test
    void anErrorFrameCarriesTypeVersionCodeAndMessage() throws Exception {
        JsonNode frame = ContractJson.mapper().readTree(
                codec.encode(new ErrorFrame(ErrorCode.MALFORMED_FRAME, "a frame is one JSON object")));

        assertEquals("error", frame.get("type").asText());
        assertEquals(1, frame.get("schemaVersion").asInt());
        assertEquals("malformed-frame", frame.get("code").asText());
        assertEquals("a frame is one JSON object", frame.get("message").asText());
    }

    private AgentEvent event(String text) {
        Decoded decoded = codec.decode("a1", text);
        assertFalse(decoded.isError(), () -> "unexpected " + decoded.error());
        return decoded.event();
    }

    private ErrorFrame assertError(ErrorCode code, String text) {
        Decoded decoded = codec.decode("a1", text);
        assertTrue(decoded.isError(), () -> "expected " + code + " for " + text + " but got " + decoded.event());
        assertEquals(code, decoded.error().code(), () -> decoded.error().message());
        return decoded.error();
    }
}
