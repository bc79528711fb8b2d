package dev.switchboard.router.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.router.support.Inbound;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Messages threaded by the conversation keys the ingest services make, through real Kafka and PostgreSQL. */
@QuarkusTest
@RouterTestResources
class ThreadingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
    }

    @Test
    void emailRepliesJoinTheirThreadAndANewThreadIsANewConversation() {
        String root = "root-" + run + "@mail.example";
        Records.send(Inbound.email(root, root, "Ana@Example.com", "Invoice 42", "My invoice is wrong"));
        Records.send(Inbound.email(root, "reply-" + run + "@mail.example", "ana@example.com", "Re: Invoice 42",
                "Any news?"));
        String other = "other-" + run + "@mail.example";
        Records.send(Inbound.email(other, other, "ana@example.com", "New address", "Please update it"));

        String thread = RouterApi.awaitConversation("QUEUED", "email:" + root);
        JsonPath conversation = awaitMessages(thread, 2);
        assertEquals(List.of("My invoice is wrong", "Any news?"), conversation.getList("messages.text"));
        assertEquals(List.of("CUSTOMER", "CUSTOMER"), conversation.getList("messages.author"));
        JsonPath second = RouterApi.conversation(RouterApi.awaitConversation("QUEUED", "email:" + other));
        assertEquals(conversation.getString("conversation.customerId"), second.getString("conversation.customerId"),
                "one email address, however it is capitalised, is one customer");
    }

    @Test
    void chatSessionIsOneConversationAndTheNextSessionAnother() {
        String visitor = "visitor-" + run;
        Records.send(Inbound.webChat("s1-" + run, visitor, "c1", "Hi, I need help", "en"));
        Records.send(Inbound.webChat("s1-" + run, visitor, "c2", "With my order", "en"));
        Records.send(Inbound.webChat("s2-" + run, visitor, "c1", "Me again", "en"));

        String first = RouterApi.awaitConversation("QUEUED", "chat:webchat:s1-" + run);
        assertEquals(List.of("s1-" + run + "/c1", "s1-" + run + "/c2"),
                awaitMessages(first, 2).getList("messages.providerMessageId"));
        String second = RouterApi.awaitConversation("QUEUED", "chat:webchat:s2-" + run);
        assertEquals(1, RouterApi.conversation(second).getList("messages").size());
    }

    @Test
    void socialThreadCollectsItsMessagesAndRepostsNeverDuplicate() {
        String waId = "346" + String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));
        InboundMessage first = Inbound.whatsApp("15550001", waId, "wamid.1-" + run, "Hola");
        Records.send(first);
        Records.send(first);
        Records.send(Inbound.whatsApp("15550001", waId, "wamid.2-" + run, "¿Hay alguien?"));
        Records.send(first);

        String conversationId = RouterApi.awaitConversation("QUEUED", first.conversationKey());
        awaitMessages(conversationId, 2);
        // Same key, same partition: the last re-post was handled once a later record is; send one to be sure.
        Records.send(Inbound.whatsApp("15550001", waId, "wamid.3-" + run, "Gracias"));
        JsonPath conversation = awaitMessages(conversationId, 3);
        assertEquals(List.of("wamid.1-" + run, "wamid.2-" + run, "wamid.3-" + run),
                conversation.getList("messages.providerMessageId"));
        assertEquals(1, RouterApi.conversationsWithKey(null, first.conversationKey()).size());
    }

    private static JsonPath awaitMessages(String conversationId, int count) {
        await().atMost(WAIT).until(() -> RouterApi.conversation(conversationId).getList("messages").size() >= count);
        return RouterApi.conversation(conversationId);
    }
}
