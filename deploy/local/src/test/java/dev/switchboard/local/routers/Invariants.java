package dev.switchboard.local.routers;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.testkit.Sql;

/**
 * Invariants 3 and 4 read from the routers' database, each query one snapshot: now (what agents hold, pending offers)
 * and over the whole history (every offer as the span during which it held a slot of its agent and its conversation).
 * Each method returns the violations found, as lines for a failure message; empty when the invariant holds.
 */
public final class Invariants {

    /** Capacity per channel; the router's default (3) for a channel an agent's capacity does not list. */
    private static final String CHANNEL_CAPACITY = "coalesce((a.capacity ->> %s)::int, 3)";

    private static final String OVER_CAPACITY_NOW = """
            SELECT a.id AS agent, c.channel, count(*) AS held, %s AS capacity
            FROM conversations c JOIN agents a ON a.id = c.assigned_agent_id
            WHERE c.status IN ('OFFERED', 'ASSIGNED')
            GROUP BY a.id, c.channel
            HAVING count(*) > %s
            UNION ALL
            SELECT a.id, 'ALL', count(*), a.max_concurrent
            FROM conversations c JOIN agents a ON a.id = c.assigned_agent_id
            WHERE c.status IN ('OFFERED', 'ASSIGNED') AND a.max_concurrent IS NOT NULL
            GROUP BY a.id, a.max_concurrent
            HAVING count(*) > a.max_concurrent""".formatted(CHANNEL_CAPACITY.formatted("c.channel"),
            CHANNEL_CAPACITY.formatted("c.channel"));

    /** A conversation is offered to one agent at a time, and a pending offer is the conversation's current state. */
    private static final String PENDING_OFFERS_INCONSISTENT = """
            SELECT o.conversation_id AS conversation, count(*) AS pending,
                   string_agg(o.agent_id || ' (conversation ' || c.status || ' to '
                              || coalesce(c.assigned_agent_id, 'nobody') || ')', ', ') AS offers
            FROM offers o JOIN conversations c ON c.id = o.conversation_id
            WHERE o.status = 'PENDING'
            GROUP BY o.conversation_id
            HAVING count(*) > 1 OR bool_or(c.status <> 'OFFERED' OR c.assigned_agent_id <> o.agent_id)""";

    /**
     * Every offer as the span it held a slot: from its creation to its answer (declined, expired, revoked), to the
     * conversation's close when accepted, open-ended while pending or still assigned.
     */
    private static final String SPANS = """
            WITH spans AS (
                SELECT o.id, o.conversation_id, o.agent_id, c.channel, o.status, o.created_at AS from_at,
                       CASE o.status WHEN 'PENDING' THEN 'infinity'::timestamptz
                                     WHEN 'ACCEPTED' THEN coalesce(c.closed_at, 'infinity'::timestamptz)
                                     ELSE o.decided_at END AS to_at
                FROM offers o JOIN conversations c ON c.id = o.conversation_id)
            """;

    /** Releases sort before takes at the same instant: a slot freed and taken in one microsecond is not a double. */
    private static final String PEAK_HELD = SPANS + """
            , steps AS (
                SELECT agent_id, channel, from_at AS at, 1 AS delta FROM spans
                UNION ALL
                SELECT agent_id, channel, to_at, -1 FROM spans WHERE to_at < 'infinity'::timestamptz),
            per_channel AS (
                SELECT agent_id, channel, at, sum(delta) OVER (PARTITION BY agent_id, channel
                        ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS held FROM steps),
            overall AS (
                SELECT agent_id, at, sum(delta) OVER (PARTITION BY agent_id
                        ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS held FROM steps)
            SELECT p.agent_id AS agent, p.channel, max(p.held) AS peak, min(%s) AS capacity,
                   min(p.at) FILTER (WHERE p.held > %s) AS first_over_at
            FROM per_channel p JOIN agents a ON a.id = p.agent_id
            GROUP BY p.agent_id, p.channel
            HAVING max(p.held) > min(%s)
            UNION ALL
            SELECT o.agent_id, 'ALL', max(o.held), min(a.max_concurrent),
                   min(o.at) FILTER (WHERE o.held > a.max_concurrent)
            FROM overall o JOIN agents a ON a.id = o.agent_id
            WHERE a.max_concurrent IS NOT NULL
            GROUP BY o.agent_id
            HAVING max(o.held) > min(a.max_concurrent)""".formatted(CHANNEL_CAPACITY.formatted("p.channel"),
            CHANNEL_CAPACITY.formatted("p.channel"), CHANNEL_CAPACITY.formatted("p.channel"));

    /** Two offers of one conversation whose spans overlap: two agents held it at once. */
    private static final String OVERLAPPING_HOLDERS = SPANS + """
            SELECT s1.conversation_id AS conversation, s1.agent_id AS first_agent, s1.status AS first_status,
                   s2.agent_id AS second_agent, s2.status AS second_status, s2.from_at AS overlap_from
            FROM spans s1 JOIN spans s2 ON s1.conversation_id = s2.conversation_id AND s1.id <> s2.id
                                       AND s1.from_at <= s2.from_at
            WHERE s2.from_at < s1.to_at
            LIMIT 20""";

    private static final String ACCEPTED_TWICE = """
            SELECT conversation_id AS conversation, string_agg(agent_id, ', ') AS agents
            FROM offers WHERE status = 'ACCEPTED'
            GROUP BY conversation_id HAVING count(*) > 1
            LIMIT 20""";

    /** The history spans need the close as an accepted offer's end; an assignment taken back early has none. */
    private static final String ASSIGNMENTS_ENDED_EARLY = """
            SELECT count(*) FROM offers WHERE status = 'ACCEPTED' AND ended_reason IS NOT NULL""";

    private final Sql sql;

    public Invariants(Sql sql) {
        this.sql = sql;
    }

    /** Agents holding more than their capacity on a channel, or overall, right now. */
    public List<String> overCapacityNow() {
        return lines(sql.rows(OVER_CAPACITY_NOW));
    }

    public List<String> inconsistentPendingOffers() {
        return lines(sql.rows(PENDING_OFFERS_INCONSISTENT));
    }

    /** Agents who, at some instant of the run, held more than their capacity. */
    public List<String> overCapacityEver() {
        return lines(sql.rows(PEAK_HELD));
    }

    public List<String> heldByTwoAtOnce() {
        return lines(sql.rows(OVERLAPPING_HOLDERS));
    }

    public List<String> acceptedTwice() {
        return lines(sql.rows(ACCEPTED_TWICE));
    }

    public long assignmentsEndedEarly() {
        return sql.count(ASSIGNMENTS_ENDED_EARLY);
    }

    private static List<String> lines(List<?> rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(row.toString()));
        return lines;
    }
}
