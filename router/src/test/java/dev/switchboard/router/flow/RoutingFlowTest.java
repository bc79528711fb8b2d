package dev.switchboard.router.flow;

import static dev.switchboard.router.support.DeliveryRecords.about;
import static dev.switchboard.router.support.DeliveryRecords.parse;
import static dev.switchboard.router.support.DeliveryRecords.to;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TopicInbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Customer messages and agent events through real Kafka and PostgreSQL, checked on the deliveries topic and API. */
@QuarkusTest
@RouterTestResources
class RoutingFlowTest {

    private TopicInbox deliveries;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
        deliveries = TopicInbox.open(Topics.DELIVERIES);
    }

    @AfterEach
    void closeInbox() {
        deliveries.close();
    }

    @Test
    void offersNewConversationToAvailableAgentKeyedByAgentId() {
        String ana = available("ana", Map.of("es", 5), Map.of("CHAT", 3));

        Records.send(Records.chat(key("order"), id("m1"), "Hola, tengo una pregunta sobre mi cuenta", "es"));

        ConsumerRecord<String, String> record = deliveries.await(to(ana, Delivery.Offer.class));
        Delivery.Offer offer = (Delivery.Offer) parse(record);
        assertEquals(ana, record.key());
        assertEquals(Channel.CHAT, offer.channel());
        assertEquals("webchat", offer.provider());
        assertEquals("Hola, tengo una pregunta sobre mi cuenta", offer.preview());
        assertEquals("es", offer.language());
        assertEquals(List.of(), offer.skills());
        assertEquals(0, offer.priority());
        assertEquals("available, speaks es, 0 of 3 chat conversations open", offer.reason());
        assertEquals(Duration.ofSeconds(30), Duration.between(offer.createdAt(), offer.expiresAt()));
        assertEquals("Lucía", offer.customer().displayName());

        JsonPath conversation = RouterApi.conversation(offer.conversationId());
        assertEquals("OFFERED", conversation.getString("conversation.status"));
        assertEquals(ana, conversation.getString("conversation.agentId"));
        assertEquals(offer.offerId(), conversation.getString("offers[0].id"));
        assertEquals("PENDING", conversation.getString("offers[0].status"));
    }

    @Test
    void prefersAgentWhoSpeaksTheCustomersLanguage() {
        available("eve", Map.of("en", 5), Map.of("CHAT", 3));
        String bea = available("bea", Map.of("es-ES", 4), Map.of("CHAT", 3));

        Records.send(Records.chat(key("lang"), id("m1"), "¿Dónde está mi factura?", "es"));

        assertEquals(bea, deliveries.await(r -> parse(r) instanceof Delivery.Offer).key());
    }

    @Test
    void redeliveredInboundRecordCreatesOneMessageAndOneConversation() {
        InboundMessage first = Records.chat(key("dup"), id("m1"), "My order is late", null);
        Records.send(first);
        Records.send(first);
        Records.send(Records.chat(first.conversationKey(), id("m2"), "Any news?", null));

        // Same key, same partition: once the second message is in, both copies of the first have been handled.
        String conversationId = RouterApi.awaitConversation("QUEUED", first.conversationKey());
        await().atMost(Duration.ofSeconds(20)).until(
                () -> RouterApi.conversation(conversationId).getList("messages").size() >= 2);

        JsonPath conversation = RouterApi.conversation(conversationId);
        assertEquals(List.of(id("m1"), id("m2")), conversation.getList("messages.providerMessageId"));
        assertEquals(1, RouterApi.conversationsWithKey(null, first.conversationKey()).size());
    }

    @Test
    void queuesConversationWhileNobodyIsAvailableThenOffersItWhenAnAgentBecomesAvailable() {
        String leo = agent("leo", Map.of("en", 5), Map.of("CHAT", 2));
        Records.send(Records.chat(key("wait"), id("m1"), "Hello?", "en"));
        String conversationId = RouterApi.awaitConversation("QUEUED", key("wait"));

        Records.presence(leo, Presence.AVAILABLE);

        ConsumerRecord<String, String> record = deliveries.await(about(conversationId, Delivery.Offer.class));
        assertEquals(leo, record.key());
        assertEquals("OFFERED", RouterApi.conversation(conversationId).getString("conversation.status"));
    }

    @Test
    void acceptAssignsConversationAndDeliversItsHistory() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(Records.chat(key("accept"), id("m1"), "I need a refund", "en"));
        Delivery.Offer offer = (Delivery.Offer) parse(deliveries.await(to(ana, Delivery.Offer.class)));

        Records.accept(ana, offer.offerId(), offer.conversationId());

        ConsumerRecord<String, String> record = deliveries.await(about(offer.conversationId(), Delivery.Assigned.class));
        Delivery.Assigned assigned = (Delivery.Assigned) parse(record);
        assertEquals(ana, record.key());
        assertEquals(List.of("I need a refund"), assigned.history().stream().map(m -> m.text()).toList());
        JsonPath conversation = RouterApi.conversation(offer.conversationId());
        assertEquals("ASSIGNED", conversation.getString("conversation.status"));
        assertEquals("ACCEPTED", conversation.getString("offers[0].status"));
    }

    @Test
    void declinedConversationGoesToTheNextAgentAndNeverBackToTheDecliner() {
        String ana = available("ana", Map.of("es", 5), Map.of("CHAT", 3));
        String bob = available("bob", Map.of("en", 5, "es", 4), Map.of("CHAT", 3));
        Records.send(Records.chat(key("decline"), id("m1"), "Necesito ayuda", "es"));
        Delivery.Offer first = (Delivery.Offer) parse(deliveries.await(to(ana, Delivery.Offer.class)));

        Records.decline(ana, first.offerId(), first.conversationId());

        ConsumerRecord<String, String> next = deliveries.await(about(first.conversationId(), Delivery.Offer.class)
                .and(r -> !first.offerId().equals(((Delivery.Offer) parse(r)).offerId())));
        assertEquals(bob, next.key());
        JsonPath conversation = RouterApi.conversation(first.conversationId());
        assertEquals(List.of("DECLINED", "PENDING"), conversation.getList("offers.status"));
        assertEquals(List.of(ana, bob), conversation.getList("offers.agentId"));
    }

    @Test
    void declinedConversationReturnsToTheQueueWhenNobodyElseCanTakeIt() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(Records.chat(key("requeue"), id("m1"), "Hi", "en"));
        Delivery.Offer offer = (Delivery.Offer) parse(deliveries.await(to(ana, Delivery.Offer.class)));

        Records.decline(ana, offer.offerId(), offer.conversationId());

        await().atMost(Duration.ofSeconds(20)).until(() -> "QUEUED".equals(
                RouterApi.conversation(offer.conversationId()).getString("conversation.status")));
        JsonPath conversation = RouterApi.conversation(offer.conversationId());
        assertNull(conversation.getString("conversation.agentId"));
        assertEquals(List.of("DECLINED"), conversation.getList("offers.status"));
    }

    @Test
    void neverOffersAnAgentMoreThanItsCapacityAndOffersFreedRoomToTheOldestWaiting() {
        String solo = available("solo", Map.of("en", 5), Map.of("CHAT", 1));
        Records.send(Records.chat(key("first"), id("m1"), "First", "en"));
        Delivery.Offer first = (Delivery.Offer) parse(deliveries.await(to(solo, Delivery.Offer.class)));
        Records.send(Records.chat(key("second"), id("m2"), "Second", "en"));
        String second = RouterApi.awaitConversation("QUEUED", key("second"));

        Records.accept(solo, first.offerId(), first.conversationId());
        deliveries.await(about(first.conversationId(), Delivery.Assigned.class));
        Records.close(solo, first.conversationId());

        assertEquals(solo, deliveries.await(about(second, Delivery.Offer.class)).key());
        assertEquals("CLOSED", RouterApi.conversation(first.conversationId()).getString("conversation.status"));
        assertEquals(2, deliveries.received().stream().filter(r -> parse(r) instanceof Delivery.Offer).count(),
                "one offer per conversation, the second only once the first was closed");
    }

    private String agent(String name, Map<String, Integer> languages, Map<String, Integer> capacity) {
        String id = name + "-" + run;
        RouterApi.defineAgent(id, RouterApi.agentBody(name, languages, capacity));
        return id;
    }

    private String available(String name, Map<String, Integer> languages, Map<String, Integer> capacity) {
        String id = agent(name, languages, capacity);
        Records.presence(id, Presence.AVAILABLE);
        RouterApi.awaitPresence(id, "AVAILABLE");
        return id;
    }

    private String key(String name) {
        return "chat:webchat:" + name + "-" + run;
    }

    private String id(String name) {
        return name + "-" + run;
    }
}
