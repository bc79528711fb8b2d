package dev.switchboard.ingest.social.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.TestMetadata;

class TelegramNormalizerTest {

    private final TelegramNormalizer normalizer = new TelegramNormalizer(TestMetadata.metadata(), TestMetadata.CLOCK);

    private Item normalize(String json) throws Exception {
        JsonNode update = ContractJson.mapper().readTree(json);
        return normalizer.normalize("bot", update, "update");
    }

    private static String message(String text, String entities) {
        return """
                {"update_id":9,"message":{"message_id":5,"date":1700000000,
                 "from":{"id":7,"is_bot":false,"first_name":"Zoë","language_code":"nl"},
                 "chat":{"id":7,"type":"private"},"text":"%s","entities":%s}}
                """.formatted(text, entities);
    }

    @Test
    void entityOffsetsCountUtf16CodeUnitsSoEmojiBesideThemStayIntact() throws Exception {
        // 👍 and 🙂 are two UTF-16 code units each, the flag 🇳🇱 four: "@bob" starts at 3, the URL at 19.
        InboundMessage message = normalize(message("👍 @bob 🇳🇱🙂 see https://x.test/a 😀",
                "[{\"offset\":3,\"length\":4,\"type\":\"mention\"},{\"offset\":19,\"length\":16,\"type\":\"url\"},"
                        + "{\"offset\":0,\"length\":2,\"type\":\"bold\"}]")).message();

        assertEquals("👍 @bob 🇳🇱🙂 see https://x.test/a 😀", message.text());
        assertEquals("mention \"@bob\"", message.metadata().get("telegram.entity.0"));
        assertEquals("url \"https://x.test/a\"", message.metadata().get("telegram.entity.1"));
        assertNull(message.metadata().get("telegram.entity.2"), "formatting is not kept");
    }

    @Test
    void anEntityPastTheEndOfTheTextIsIgnoredNotAFailure() throws Exception {
        InboundMessage message = normalize(message("hi 😀", "[{\"offset\":3,\"length\":9,\"type\":\"url\"}]")).message();

        assertEquals("hi 😀", message.text());
        assertNull(message.metadata().get("telegram.entity.0"));
    }

    @Test
    void aPrivateMessageIsInTheConversationOfTheChatWithItsSender() throws Exception {
        InboundMessage message = normalize(message("Hallo", "[]")).message();

        assertEquals("social:telegram:bot:7", message.conversationKey());
        assertEquals("bot:7:5", message.providerMessageId());
        assertEquals("Zoë", message.customer().displayName());
        assertEquals("7", message.customer().handle());
        assertEquals("nl", message.languageHint());
        assertEquals(TestMetadata.NOW, message.receivedAt());
    }

    @Test
    void unknownUpdateKindsAreSkippedAndNamed() throws Exception {
        Item item = normalize("{\"update_id\":1,\"brand_new_thing\":{}}");

        assertNull(item.message());
        assertEquals("unknown-event: brand_new_thing", item.skipReason());
    }

    @Test
    void messagesFromBotsAreNotCustomerMessages() throws Exception {
        Item item = normalize("""
                {"update_id":2,"message":{"message_id":1,"date":1,"from":{"id":9,"is_bot":true},
                 "chat":{"id":-100,"type":"group"},"text":"beep"}}
                """);

        assertEquals("echo: sent by a bot", item.skipReason());
    }
}
