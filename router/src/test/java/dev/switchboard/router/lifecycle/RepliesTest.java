package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TopicInbox;
import io.quarkus.test.junit.QuarkusTest;

/** Replies reach the customer's channel and the conversation; only the agent holding it may act on it. */
@QuarkusTest
@RouterTestResources
class RepliesTest extends LifecycleTestBase {

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
    void replyIsStoredOncePublishedOnTheOutboundTopicAndARedeliveryIsTheSameRecord() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String conversation = assignedTo(ana);
        AgentEvent.ReplySent reply = AgentEvents.reply(ana, conversation, "Your refund is on its way");

        Records.send(reply);
        Records.send(reply);

        ConsumerRecord<String, String> record = outbound.await(r -> conversation.equals(r.key())
                && parse(r).kind() == OutboundMessage.Kind.REPLY);
        OutboundMessage message = parse(record);
        assertEquals(ana, message.agentId());
        assertEquals("Your refund is on its way", message.text());
        assertEquals("webchat", message.provider());
        List<Map<String, Object>> stored = await().atMost(WAIT).until(() -> RouterDb.rows(
                "SELECT id, author, agent_id, text FROM messages WHERE conversation_id = ? AND author = 'AGENT'",
                UUID.fromString(conversation)), rows -> !rows.isEmpty());
        assertEquals(1, stored.size());
        assertEquals(ana, stored.get(0).get("agent_id"));
        assertEquals(message.id(), stored.get(0).get("id").toString());
        await().atMost(WAIT).until(() -> replies(conversation).size() == 2);
        assertEquals(1, replies(conversation).stream().map(OutboundMessage::id).distinct().count(),
                "the redelivered event publishes the same record, which the connector sends once");
    }

    @Test
    void anotherAgentsAcceptReplyAndCloseAreIgnored() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        String mallory = available("mallory", Map.of("en", 5), Map.of("CHAT", 3));
        Records.presence(mallory, Presence.AWAY);
        RouterApi.awaitPresence(mallory, "AWAY");
        Records.send(Records.chat(key("mine"), id("m1"), "Hello", "en"));
        Delivery.Offer offer = awaitOfferTo(ana, o -> true);

        Records.accept(mallory, offer.offerId(), offer.conversationId());
        Records.presence(mallory, Presence.OFFLINE);
        RouterApi.awaitPresence(mallory, "OFFLINE");
        assertEquals("OFFERED", status(offer.conversationId()));
        assertEquals(List.of("PENDING"), RouterApi.conversation(offer.conversationId()).getList("offers.status"));

        Records.accept(ana, offer.offerId(), offer.conversationId());
        awaitDelivery(offer.conversationId(), Delivery.Assigned.class);
        Records.send(AgentEvents.reply(mallory, offer.conversationId(), "Give me your password"));
        AgentEvents.close(mallory, offer.conversationId(), "spam");
        // Mallory's events are ordered on her key: once this one is applied, the two before it were.
        Records.presence(mallory, Presence.AWAY);
        RouterApi.awaitPresence(mallory, "AWAY");
        Records.send(AgentEvents.reply(ana, offer.conversationId(), "How can I help?"));
        outbound.await(r -> parse(r).kind() == OutboundMessage.Kind.REPLY);

        assertEquals(List.of(ana), replies(offer.conversationId()).stream().map(OutboundMessage::agentId).toList());
        assertEquals("ASSIGNED", status(offer.conversationId()));
        assertEquals(List.of("Hello", "How can I help?"),
                RouterApi.conversation(offer.conversationId()).getList("messages.text"));

        AgentEvents.close(ana, offer.conversationId(), "resolved");

        awaitStatus(offer.conversationId(), "CLOSED");
        assertEquals("resolved", RouterDb.rows("SELECT disposition FROM conversations WHERE id = ?",
                UUID.fromString(offer.conversationId())).get(0).get("disposition"));
    }

    private String assignedTo(String agentId) {
        Records.send(Records.chat(key("reply"), id("r1"), "Where is my refund?", "en"));
        Delivery.Offer offer = awaitOfferTo(agentId, o -> true);
        Records.accept(agentId, offer.offerId(), offer.conversationId());
        awaitDelivery(offer.conversationId(), Delivery.Assigned.class);
        return offer.conversationId();
    }

    private List<OutboundMessage> replies(String conversation) {
        return outbound.received().stream().filter(r -> conversation.equals(r.key())).map(RepliesTest::parse)
                .filter(m -> m.kind() == OutboundMessage.Kind.REPLY).toList();
    }

    private static OutboundMessage parse(ConsumerRecord<String, String> record) {
        try {
            return ContractJson.mapper().readValue(record.value(), OutboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not an OutboundMessage: " + record.value(), e);
        }
    }
}
