package dev.switchboard.router.lifecycle;

import static dev.switchboard.router.support.DeliveryRecords.about;
import static dev.switchboard.router.support.DeliveryRecords.parse;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.TestClock;
import dev.switchboard.router.support.TopicInbox;

/** A clean database, a deliveries inbox, and the clock back at real time after each test. */
abstract class LifecycleTestBase {

    static final Duration WAIT = Duration.ofSeconds(20);

    TopicInbox deliveries;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
        deliveries = TopicInbox.open(Topics.DELIVERIES);
    }

    @AfterEach
    void restore() {
        deliveries.close();
        TestClock.CLOCK.reset();
    }

    String agent(String name, Map<String, Integer> languages, Map<String, Integer> capacity) {
        return agent(name, languages, Map.of("billing", 3), capacity);
    }

    String agent(String name, Map<String, Integer> languages, Map<String, Integer> skills,
            Map<String, Integer> capacity) {
        String id = name + "-" + run;
        Map<String, Object> body = new HashMap<>(RouterApi.agentBody(name, languages, capacity));
        body.put("skills", skills);
        RouterApi.defineAgent(id, body);
        return id;
    }

    /**
     * An agent (as {@link #agent(String, Map, Map)}) who works from {@code start} (inclusive) to {@code end}
     * (exclusive) and never otherwise: a one-off SHIFT exception of its schedule, in UTC, through the agent API.
     */
    String agentOnShift(String name, Map<String, Integer> languages, Map<String, Integer> capacity, Instant start,
            Instant end) {
        String id = name + "-" + run;
        Map<String, Object> body = new HashMap<>(RouterApi.agentBody(name, languages, capacity));
        body.put("timeZone", "UTC");
        body.put("schedule", Map.of("exceptions", List.of(Map.of("kind", "SHIFT",
                "start", LocalDateTime.ofInstant(start, ZoneOffset.UTC).toString(),
                "end", LocalDateTime.ofInstant(end, ZoneOffset.UTC).toString()))));
        RouterApi.defineAgent(id, body);
        return id;
    }

    String available(String name, Map<String, Integer> languages, Map<String, Integer> capacity) {
        return available(agent(name, languages, capacity));
    }

    static String available(String id) {
        Records.presence(id, Presence.AVAILABLE);
        RouterApi.awaitPresence(id, "AVAILABLE");
        return id;
    }

    String key(String name) {
        return "chat:webchat:" + name + "-" + run;
    }

    String id(String name) {
        return name + "-" + run;
    }

    /** The first delivery of a type about the conversation that also matches {@code more}. */
    <T extends Delivery> T awaitDelivery(String conversationId, Class<T> type, Predicate<T> more) {
        ConsumerRecord<String, String> record = deliveries.await(about(conversationId, type)
                .and(r -> more.test(type.cast(parse(r)))));
        return type.cast(parse(record));
    }

    <T extends Delivery> T awaitDelivery(String conversationId, Class<T> type) {
        return awaitDelivery(conversationId, type, d -> true);
    }

    /** An offer of a new conversation, whichever it is, to the agent. */
    Delivery.Offer awaitOfferTo(String agentId, Predicate<Delivery.Offer> more) {
        return (Delivery.Offer) parse(deliveries.await(r -> agentId.equals(r.key())
                && parse(r) instanceof Delivery.Offer offer && more.test(offer)));
    }

    <T extends Delivery> List<T> received(Class<T> type) {
        return deliveries.received().stream().map(r -> parse(r)).filter(type::isInstance).map(type::cast).toList();
    }

    static String status(String conversationId) {
        return RouterApi.conversation(conversationId).getString("conversation.status");
    }

    static void awaitStatus(String conversationId, String status) {
        await().atMost(WAIT).until(() -> status.equals(status(conversationId)));
    }

    static void awaitStatus(String conversationId, String status, String agentId) {
        await().atMost(WAIT).until(() -> {
            var conversation = RouterApi.conversation(conversationId);
            return status.equals(conversation.getString("conversation.status"))
                    && Objects.equals(agentId, conversation.getString("conversation.agentId"));
        });
    }
}
