package dev.switchboard.bench.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.switchboard.bench.ingest.Bodies;
import dev.switchboard.contracts.Channel;
import dev.switchboard.testkit.PostgresDatabase;

/**
 * Holds the router's database against what was posted: every record of every accepted post must be stored as a
 * message exactly once (lost and duplicated must be 0), no conversation may be assigned twice, and each offer frame
 * an agent received is traced back to the post that started its conversation (or reopened it), which gives the
 * end-to-end latency from that post's intended send time.
 */
final class RouterAudit {

    private final PostgresDatabase database;

    RouterAudit(PostgresDatabase database) {
        this.database = database;
    }

    /** A stored message: the post and record it stands for ({@code -1} when not this run's). */
    record StoredMessage(long record, String conversationId, Instant receivedAt) {
    }

    /** An offer frame traced to the post whose message started (or reopened) its conversation. */
    record Traced(String conversationId, int post, long latencyNanos) {
    }

    /** The result of holding the database against the posts. */
    record Result(long postsAccepted, long recordsExpected, long recordsStored, long lost, long duplicated,
            long storedWithout2xx, long foreign, long conversations, long queued, long offered, long assigned,
            long closed, long assignedTwice, List<Traced> traced, List<Integer> waitingPosts, Split split,
            Map<String, Long> stages, long unreadByRouter) {

        /** Nothing duplicated, and nothing missing that the router has already read past. */
        boolean clean() {
            return lost <= unreadByRouter && duplicated == 0 && assignedTwice == 0;
        }
    }

    /**
     * Where a conversation's first wait went, from the router's own timestamps, in ms (p50 and p99): from the
     * ingest service receiving its first message to the router starting the conversation (Kafka and the router's
     * intake), and from then to its first offer (waiting for an agent who fits, stage by stage).
     */
    record Split(double intakeP50, double intakeP99, double toOfferP50, double toOfferP99) {
    }

    /** Polls until {@code settled} holds or {@code bound} passes; true if it held. */
    static boolean await(BooleanSupplier settled, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!settled.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(500);
        }
        return true;
    }

    /**
     * Waits until no conversation waits for an agent, for at most {@code bound}, or until the number waiting has not
     * gone down for {@code stalled} (those wait for a later routing stage, e.g. a language few agents speak).
     */
    void awaitOffered(Duration bound, Duration stalled) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        long lowest = Long.MAX_VALUE;
        long lowestSince = System.nanoTime();
        for (long waiting = waiting(); waiting > 0; waiting = waiting()) {
            long now = System.nanoTime();
            if (waiting < lowest) {
                lowest = waiting;
                lowestSince = now;
            }
            if (now > deadline || now - lowestSince > stalled.toNanos()) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** The routing explanation of the conversation that waited longest for its first offer, for the log. */
    String slowestExplanation() {
        List<String> found = strings("""
                SELECT c.channel || ' stage ' || c.stage || ': ' || coalesce(c.explanation::text, '-')
                FROM conversations c JOIN offers o ON o.conversation_id = c.id
                ORDER BY o.created_at - c.created_at DESC LIMIT 1""");
        return found.isEmpty() ? "none" : found.get(0);
    }

    long messages() {
        return single("SELECT count(*) FROM messages");
    }

    /** Conversations still waiting for an agent (QUEUED) or for an agent's answer (OFFERED). */
    long waiting() {
        return single("SELECT count(*) FROM conversations WHERE status IN ('QUEUED', 'OFFERED')");
    }

    long available() {
        return single("SELECT count(*) FROM agents WHERE presence = 'AVAILABLE'");
    }

    Result check(MixedBodies bodies, SystemDriver driver, List<AgentDesks.OfferFrame> frames, long heldTwice,
            long unread) {
        BitSet accepted = driver.accepted();
        List<StoredMessage> stored = storedMessages(bodies);
        Map<Long, Integer> found = new HashMap<>();
        long foreign = 0;
        for (StoredMessage message : stored) {
            if (message.record() < 0) {
                foreign++;
            } else {
                found.merge(message.record(), 1, Integer::sum);
            }
        }
        long expected = 0;
        long lost = 0;
        for (int n = accepted.nextSetBit(0); n >= 0; n = accepted.nextSetBit(n + 1)) {
            for (int i = 0; i < bodies.yields(n); i++) {
                expected++;
                if (!found.containsKey(Bodies.record(n, i))) {
                    lost++;
                }
            }
        }
        long duplicated = found.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
        long without2xx = found.keySet().stream().filter(r -> !accepted.get((int) (r / Bodies.MAX_RECORDS))).count();

        Map<String, List<StoredMessage>> byConversation = new HashMap<>();
        stored.stream().filter(m -> m.record() >= 0)
                .forEach(m -> byConversation.computeIfAbsent(m.conversationId(), c -> new ArrayList<>()).add(m));
        byConversation.values().forEach(list -> list.sort(Comparator.comparing(StoredMessage::receivedAt)));
        List<Traced> traced = trace(frames, byConversation, driver);

        Map<String, Long> statuses = grouped("SELECT status, count(*) FROM conversations GROUP BY status");
        List<Integer> waitingPosts = waitingPosts(byConversation);
        return new Result(accepted.cardinality(), expected, stored.size() - foreign, lost, duplicated, without2xx,
                foreign, statuses.values().stream().mapToLong(Long::longValue).sum(),
                statuses.getOrDefault("QUEUED", 0L), statuses.getOrDefault("OFFERED", 0L),
                statuses.getOrDefault("ASSIGNED", 0L), statuses.getOrDefault("CLOSED", 0L),
                heldTwice, traced, waitingPosts, split(),
                grouped("SELECT 'stage ' || stage, count(*) FROM conversations GROUP BY stage"), unread);
    }

    /**
     * Each conversation's first offer, traced to the conversation's first message (the router stores a thread's
     * messages in the order ingest received them). Offers after a reopening are not traced: the ingest time a
     * message carries cannot tell, while the router lags, which offer it came before.
     */
    private static List<Traced> trace(List<AgentDesks.OfferFrame> frames,
            Map<String, List<StoredMessage>> byConversation, SystemDriver driver) {
        Map<String, AgentDesks.OfferFrame> first = new HashMap<>();
        frames.forEach(f -> first.merge(f.conversationId(), f,
                (a, b) -> a.createdAt().isAfter(b.createdAt()) ? b : a));
        List<Traced> traced = new ArrayList<>();
        first.forEach((conversation, frame) -> {
            List<StoredMessage> messages = byConversation.getOrDefault(conversation, List.of());
            if (!messages.isEmpty()) {
                int post = (int) (messages.get(0).record() / Bodies.MAX_RECORDS);
                traced.add(new Traced(conversation, post, frame.receivedNanos() - driver.intendedNanos(post)));
            }
        });
        return traced;
    }

    /** The posts whose conversations are still QUEUED: their first message since the conversation last waited. */
    private List<Integer> waitingPosts(Map<String, List<StoredMessage>> byConversation) {
        List<Integer> posts = new ArrayList<>();
        for (String conversation : strings("SELECT id::text FROM conversations WHERE status = 'QUEUED'")) {
            List<StoredMessage> messages = byConversation.getOrDefault(conversation, List.of());
            if (!messages.isEmpty()) {
                posts.add((int) (messages.get(messages.size() - 1).record() / Bodies.MAX_RECORDS));
            }
        }
        return posts;
    }

    private List<StoredMessage> storedMessages(MixedBodies bodies) {
        List<StoredMessage> stored = new ArrayList<>();
        query("SELECT channel, provider_message_id, conversation_id::text, received_at FROM messages", r -> {
            stored.add(new StoredMessage(bodies.recordOf(Channel.valueOf(r.getString(1)), r.getString(2)),
                    r.getString(3), r.getTimestamp(4).toInstant()));
        });
        return stored;
    }

    private Split split() {
        double[] values = new double[4];
        query("""
                WITH first_offer AS (SELECT conversation_id, min(created_at) AS at FROM offers GROUP BY 1),
                     first_message AS (SELECT conversation_id, min(received_at) AS at FROM messages GROUP BY 1),
                     waits AS (SELECT extract(epoch FROM c.created_at - m.at) * 1000 AS intake,
                                      extract(epoch FROM o.at - c.created_at) * 1000 AS to_offer
                               FROM conversations c
                               JOIN first_message m ON m.conversation_id = c.id
                               JOIN first_offer o ON o.conversation_id = c.id)
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY intake),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY intake),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY to_offer),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY to_offer)
                FROM waits""", r -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = r.getDouble(i + 1);
            }
        });
        return new Split(values[0], values[1], values[2], values[3]);
    }

    private long single(String sql) {
        long[] value = new long[1];
        query(sql, r -> value[0] = r.getLong(1));
        return value[0];
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        query(sql, r -> values.add(r.getString(1)));
        return values;
    }

    private Map<String, Long> grouped(String sql) {
        Map<String, Long> values = new HashMap<>();
        query(sql, r -> values.put(r.getString(1), r.getLong(2)));
        return values;
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                row.read(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
