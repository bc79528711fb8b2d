package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import dev.switchboard.router.support.TopicInbox;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A new conversation is acknowledged in the customer's language with the wait the queue and the agents on shift
 * give (5 min handle time by default), or with when the next speaker of the language starts.
 */
@QuarkusTest
@RouterTestResources
class AcknowledgementTest extends LifecycleTestBase {

    private TopicInbox outbound;

    @BeforeEach
    void openOutbound() {
        outbound = TopicInbox.open(Topics.OUTBOUND);
    }

    @AfterEach
    void closeOutbound() {
        outbound.close();
    }

    @Test
    void acknowledgesEachNewConversationWithTheWaitTheQueueAheadGives() {
        // One Spanish speaker with room for one chat: the first is offered at once, the others queue behind it.
        available("ana", Map.of("es", 5), Map.of("CHAT", 1));

        Records.send(Records.chat(key("first"), id("f1"), "Hola", "es"));
        assertEquals("Gracias por tu mensaje. Un agente te atenderá enseguida.", acknowledgement(key("first")).text());
        Records.send(Records.chat(key("second"), id("s1"), "Hola", "es"));
        OutboundMessage second = acknowledgement(key("second"));
        assertEquals("Gracias por tu mensaje. Un agente te responderá en unos 5 minutos.", second.text());
        assertEquals("es", second.language());
        assertNull(second.agentId());
        Records.send(Records.chat(key("third"), id("t1"), "Hola", "es"));
        assertEquals("Gracias por tu mensaje. Un agente te responderá en unos 10 minutos.",
                acknowledgement(key("third")).text());
        Records.send(Records.chat(key("third"), id("t2"), "¿Hola?", "es"));
        // Japanese, which nobody serves: the hint is skipped and detection among served languages finds nothing.
        Records.send(Records.chat(key("fourth"), id("x1"), "こんにちは、注文について質問があります", "ja"));
        assertEquals("Thanks for your message. We will reply as soon as we can.",
                acknowledgement(key("fourth")).text(), "nobody speaks Japanese: English, and no promise");
        String third = RouterApi.awaitConversation(null, key("third"));
        await().atMost(WAIT)
                .until(() -> RouterApi.conversation(third).getList("messages").size() == 2);
        assertEquals(1, outbound.received().stream().filter(r -> third.equals(r.key())).count(),
                "a follow-up message is not acknowledged again");
    }

    @Test
    void saysWhenTheNextSpeakerStartsInTheCustomersTimeZone() {
        TestClock.CLOCK.setTo(Instant.parse("2030-01-07T12:00:00Z"));
        String ana = agentOnShift("ana", Map.of("en", 5), Map.of("CHAT", 2), Instant.parse("2030-01-07T14:00:00Z"),
                Instant.parse("2030-01-07T22:00:00Z"));
        available(ana);
        CustomerIdentity customer = new CustomerIdentity(null, null, "visitor-ny", "Sam", "en-US",
                "America/New_York", "US");

        Records.send(AgentEvents.inbound(Channel.CHAT, key("night"), id("n1"), "Hello?", "en", customer));

        String text = acknowledgement(key("night")).text();
        assertTrue(text.startsWith("Thanks for your message. Nobody who speaks your language is working right now; "
                + "the next agent starts on Jan 7, 2030, 9:00"), text);
        assertTrue(text.endsWith("(America/New_York)."), text);
    }

    @Test
    void aRedeliveredFirstMessageGetsTheSameAcknowledgementAndNothingElse() {
        available("ana", Map.of("es", 5), Map.of("CHAT", 1));
        InboundMessage first = Records.chat(key("again"), id("a1"), "Hola", "es");
        Records.send(first);
        OutboundMessage original = acknowledgement(key("again"));

        Records.send(first);

        String conversationId = RouterApi.awaitConversation(null, key("again"));
        List<OutboundMessage> sent = await().atMost(WAIT).until(() -> outbound.received().stream()
                .filter(r -> conversationId.equals(r.key())).map(AcknowledgementTest::parse).toList(),
                acks -> acks.size() == 2);
        OutboundMessage again = sent.get(1);
        assertEquals(original.id(), again.id(), "the connector sends it once");
        assertEquals(OutboundMessage.Kind.AUTO_ACKNOWLEDGEMENT, again.kind());
        assertEquals(original.text(), again.text());
        assertEquals(original.language(), again.language());
        assertEquals(1, RouterApi.conversation(conversationId).getList("messages").size());
    }

    private OutboundMessage acknowledgement(String conversationKey) {
        String conversationId = RouterApi.awaitConversation(null, conversationKey);
        ConsumerRecord<String, String> record = outbound.await(r -> conversationId.equals(r.key())
                && parse(r).kind() == OutboundMessage.Kind.AUTO_ACKNOWLEDGEMENT);
        return parse(record);
    }

    private static OutboundMessage parse(ConsumerRecord<String, String> record) {
        try {
            return ContractJson.mapper().readValue(record.value(), OutboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not an OutboundMessage: " + record.value(), e);
        }
    }
}
