package dev.switchboard.router.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.testkit.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;

/**
 * New conversations arriving on every partition of the inbound topic at once, processed concurrently (one record in
 * flight per partition) by agents of limited capacity, who then accept and close them, also concurrently: every
 * message is stored once and in its conversation's order, no agent ever holds more than its capacity, and nothing
 * waits in the queue while an agent who could take it has room.
 */
@QuarkusTest
@RouterTestResources
class ConcurrentIntakeTest {

    private static final int AGENTS = 4;
    private static final int CAPACITY = 3;
    private static final int PER_PARTITION = 8;
    private static final int MESSAGES = 3;
    private static final Duration WAIT = Duration.ofSeconds(90);

    /**
     * Every offer as the span it held a slot of its agent: from its creation to its answer, to the conversation's
     * close when accepted, open-ended while pending or still assigned; the most any agent held at one instant.
     */
    private static final String OVER_CAPACITY_EVER = """
            WITH spans AS (
                SELECT o.agent_id, o.created_at AS from_at,
                       CASE o.status WHEN 'PENDING' THEN 'infinity'::timestamptz
                                     WHEN 'ACCEPTED' THEN coalesce(c.closed_at, 'infinity'::timestamptz)
                                     ELSE o.decided_at END AS to_at
                FROM offers o JOIN conversations c ON c.id = o.conversation_id),
            steps AS (
                SELECT agent_id, from_at AS at, 1 AS delta FROM spans
                UNION ALL
                SELECT agent_id, to_at, -1 FROM spans WHERE to_at < 'infinity'::timestamptz),
            held AS (
                SELECT agent_id, sum(delta) OVER (PARTITION BY agent_id ORDER BY at, delta
                        ROWS UNBOUNDED PRECEDING) AS held FROM steps)
            SELECT agent_id AS agent, max(held) AS peak FROM held GROUP BY agent_id HAVING max(held) > ?""";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
    }

    @Test
    void conversationsOnEveryPartitionAtOnceAreStoredOnceInOrderAndNeverOverfillAnAgent() {
        int partitions = awaitOneConsumerPerPartition();
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            String agent = "agent-" + i + "-" + run;
            RouterApi.defineAgent(agent, RouterApi.agentBody("Agent " + i, Map.of("en", 5), Map.of("CHAT", CAPACITY)));
            Records.presence(agent, Presence.AVAILABLE);
            agents.add(agent);
        }
        agents.forEach(agent -> RouterApi.awaitPresence(agent, "AVAILABLE"));
        List<String> keys = keysOnEveryPartition(partitions);

        for (int m = 1; m <= MESSAGES; m++) {
            for (String key : keys) {
                Records.send(Records.chat(key, key + "/" + m, "Message " + m, "en"));
            }
        }
        int messages = keys.size() * MESSAGES;
        await().atMost(WAIT).until(() -> RouterDb.rows("SELECT id FROM messages WHERE provider_message_id LIKE ?",
                "%" + run + "%").size() == messages);
        // Decisions pass over agents another decision holds; the queue sweep gives them what was left meanwhile.
        await().atMost(WAIT).until(() -> QueueInvariant.queuedWhileAnAgentCouldTakeIt().isEmpty()
                && RouterApi.countWithStatus("OFFERED") == AGENTS * CAPACITY);
        assertEquals(List.of(), QueueInvariant.overCapacity(), "over capacity once every message was stored");

        acceptAndCloseEverything(keys.size());

        assertAll(
                () -> assertEquals(messages, RouterDb.rows("""
                        SELECT DISTINCT provider_message_id FROM messages WHERE provider_message_id LIKE ?""",
                        "%" + run + "%").size(), "messages stored once each"),
                () -> assertEquals(keys.size(), RouterDb.rows("SELECT id FROM conversations").size(),
                        "one conversation per key"),
                () -> assertEquals(expectedOrder(keys), storedOrder(), "each conversation's messages in order"),
                () -> assertEquals(List.of(), RouterDb.rows(OVER_CAPACITY_EVER, CAPACITY), "over capacity ever"),
                () -> assertEquals(List.of(), RouterDb.rows("""
                        SELECT conversation_id FROM offers WHERE status = 'ACCEPTED'
                        GROUP BY conversation_id HAVING count(*) > 1"""), "accepted twice"));
    }

    /** The router's inbound group has one member per partition, each with a partition: records run concurrently. */
    private static int awaitOneConsumerPerPartition() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.shared().bootstrapServers()))) {
            return await().atMost(WAIT).ignoreExceptions().until(() -> {
                int partitions = admin.describeTopics(List.of(Topics.INBOUND)).allTopicNames()
                        .get(5, TimeUnit.SECONDS).get(Topics.INBOUND).partitions().size();
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("router")).all()
                        .get(5, TimeUnit.SECONDS).get("router");
                boolean split = group.members().size() == partitions && group.members().stream()
                        .allMatch(member -> member.assignment().topicPartitions().size() == 1);
                return split ? partitions : -1;
            }, partitions -> partitions > 1);
        }
    }

    /** Conversation keys, the same number on each partition as the producer's default partitioner places them. */
    private List<String> keysOnEveryPartition(int partitions) {
        Map<Integer, List<String>> byPartition = new LinkedHashMap<>();
        for (int i = 0; byPartition.values().stream().mapToInt(List::size).sum() < partitions * PER_PARTITION; i++) {
            String key = "chat:webchat:rush-" + i + "-" + run;
            int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
            List<String> keys = byPartition.computeIfAbsent(partition, p -> new ArrayList<>());
            if (keys.size() < PER_PARTITION) {
                keys.add(key);
            }
        }
        return byPartition.values().stream().flatMap(List::stream).sorted().toList();
    }

    /** Agents accept every offer and close every assignment, as fast as the router makes them, until all close. */
    private void acceptAndCloseEverything(int conversations) {
        Set<Object> answered = new HashSet<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (Map<String, Object> offer : RouterDb.rows("""
                    SELECT id::text AS id, agent_id, conversation_id::text AS conversation FROM offers
                    WHERE status = 'PENDING'""")) {
                if (answered.add(offer.get("id"))) {
                    Records.accept((String) offer.get("agent_id"), (String) offer.get("id"),
                            (String) offer.get("conversation"));
                }
            }
            for (Map<String, Object> assigned : RouterDb.rows("""
                    SELECT id::text AS id, assigned_agent_id FROM conversations WHERE status = 'ASSIGNED'""")) {
                if (answered.add(assigned.get("id"))) {
                    Records.close((String) assigned.get("assigned_agent_id"), (String) assigned.get("id"));
                }
            }
            return RouterApi.countWithStatus("CLOSED") == conversations;
        });
    }

    private static Map<String, List<String>> expectedOrder(List<String> keys) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> ids = new ArrayList<>();
            for (int m = 1; m <= MESSAGES; m++) {
                ids.add(key + "/" + m);
            }
            order.put(key, ids);
        }
        return order;
    }

    /** Each conversation's messages in the order their transactions began (xmin), i.e. the order they were stored. */
    private static Map<String, List<String>> storedOrder() {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (Map<String, Object> row : RouterDb.rows("""
                SELECT c.conversation_key AS key, m.provider_message_id AS message
                FROM messages m JOIN conversations c ON c.id = m.conversation_id
                ORDER BY c.conversation_key, m.xmin::text::bigint""")) {
            order.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>()).add((String) row.get("message"));
        }
        return order;
    }
}
