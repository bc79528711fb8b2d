package dev.switchboard.router.flow;

import java.util.List;
import java.util.Map;

import dev.switchboard.router.support.RouterDb;

/**
 * The queue invariant read straight from the database: no conversation stays QUEUED while an agent who could take it
 * has room, and no agent holds more than its capacity.
 *
 * <p>"Could take it" is the part of eligibility that holds at every bullseye stage, so the check is sound whatever
 * stage a conversation has reached: AVAILABLE (nobody in these tests has a shift, so everyone is on shift), room on
 * the conversation's channel and overall, the conversation's language (primary subtag) at level 4 or more when it
 * has one, every skill the conversation asks for at its level, and the agent has not declined it, let an offer of it
 * expire or handed it on. Later stages only relax the language and skill levels, so an agent meeting these is
 * eligible at every stage; an agent eligible only at a relaxed stage is not held against the router.
 */
final class QueueInvariant {

    private static final String HELD = """
            SELECT count(*) FROM conversations h
            WHERE h.assigned_agent_id = a.id AND h.status IN ('OFFERED', 'ASSIGNED')""";

    private static final String QUEUED_WHILE_AN_AGENT_COULD_TAKE_IT = """
            SELECT c.id AS conversation, c.channel, c.language, c.skills::text AS skills, a.id AS agent
            FROM conversations c CROSS JOIN agents a
            WHERE c.status = 'QUEUED' AND a.presence = 'AVAILABLE'
              AND (c.language IS NULL
                   OR coalesce((a.languages ->> split_part(lower(c.language), '-', 1))::int, 0) >= 4)
              AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(c.skills) s
                              WHERE coalesce((a.skills ->> s.key)::int, 0) < s.value::int)
              AND NOT EXISTS (SELECT 1 FROM offers o
                              WHERE o.conversation_id = c.id AND o.agent_id = a.id
                                AND (o.status IN ('DECLINED', 'EXPIRED') OR o.ended_reason = 'transferred'))
              AND (%s AND h.channel = c.channel) < coalesce((a.capacity ->> c.channel)::int, 3)
              AND (a.max_concurrent IS NULL OR (%s) < a.max_concurrent)
            ORDER BY c.priority DESC, c.queued_since, a.id""".formatted(HELD, HELD);

    private static final String OVER_CAPACITY = """
            SELECT a.id AS agent, c.channel, count(*) AS held
            FROM conversations c JOIN agents a ON a.id = c.assigned_agent_id
            WHERE c.status IN ('OFFERED', 'ASSIGNED')
            GROUP BY a.id, c.channel
            HAVING count(*) > min(coalesce((a.capacity ->> c.channel)::int, 3))
            UNION ALL
            SELECT a.id, 'ALL', count(*)
            FROM conversations c JOIN agents a ON a.id = c.assigned_agent_id
            WHERE c.status IN ('OFFERED', 'ASSIGNED') AND a.max_concurrent IS NOT NULL
            GROUP BY a.id
            HAVING count(*) > min(a.max_concurrent)""";

    private QueueInvariant() {
    }

    /** Queued conversations paired with an agent who could take one of them now; empty when the invariant holds. */
    static List<Map<String, Object>> queuedWhileAnAgentCouldTakeIt() {
        return RouterDb.rows(QUEUED_WHILE_AN_AGENT_COULD_TAKE_IT);
    }

    static List<Map<String, Object>> overCapacity() {
        return RouterDb.rows(OVER_CAPACITY);
    }
}
