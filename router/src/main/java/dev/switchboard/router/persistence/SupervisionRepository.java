package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** What supervisors watch: how the queue stands and which open conversations are about to miss their SLA. */
@ApplicationScoped
public class SupervisionRepository implements PanacheRepositoryBase<ConversationEntity, UUID> {

    /** One row per skill, language and channel among QUEUED conversations; a conversation counts under each. */
    private static final String QUEUE_BREAKDOWN = """
            SELECT 'skill', k.skill, count(*), min(c.queued_since)
            FROM conversations c CROSS JOIN LATERAL jsonb_object_keys(c.skills) AS k(skill)
            WHERE c.status = 'QUEUED'
            GROUP BY k.skill
            UNION ALL
            SELECT 'language', coalesce(c.language, 'unknown'), count(*), min(c.queued_since)
            FROM conversations c WHERE c.status = 'QUEUED'
            GROUP BY coalesce(c.language, 'unknown')
            UNION ALL
            SELECT 'channel', c.channel, count(*), min(c.queued_since)
            FROM conversations c WHERE c.status = 'QUEUED'
            GROUP BY c.channel
            UNION ALL
            SELECT 'total', 'all', count(*), min(c.queued_since)
            FROM conversations c WHERE c.status = 'QUEUED'""";

    /**
     * Open conversations still owed a first response whose SLA falls due by the horizon: waiting or offered, or
     * assigned with no agent message yet.
     */
    private static final String AT_RISK = """
            SELECT c.id FROM conversations c
            WHERE c.sla_due_at IS NOT NULL AND c.sla_due_at <= :horizon
              AND (c.status IN ('QUEUED', 'OFFERED')
                   OR (c.status = 'ASSIGNED' AND NOT EXISTS (SELECT 1 FROM messages m
                                                             WHERE m.conversation_id = c.id AND m.author = 'AGENT')))
            ORDER BY c.sla_due_at, c.priority DESC, c.id
            LIMIT :limit""";

    public Uni<List<QueueSlice>> queueBreakdown() {
        return getSession().chain(s -> s.createNativeQuery(QUEUE_BREAKDOWN, Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new QueueSlice((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), NativeValues.instant(row[3]))).toList());
    }

    /** The most urgent first: earliest due, then higher priority. */
    public Uni<List<ConversationEntity>> dueBy(Instant horizon, int limit) {
        // Selects ids, then loads: a native query mapped straight onto the entity trips over its JSON columns.
        return getSession().chain(s -> s.createNativeQuery(AT_RISK, UUID.class)
                .setParameter("horizon", horizon)
                .setParameter("limit", limit)
                .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<ConversationEntity>of())
                        : list("id in ?1", Sort.by("slaDueAt").and("priority", Sort.Direction.Descending).and("id"),
                                ids));
    }


    /**
     * How many QUEUED conversations share one value of a dimension, and since when the longest has waited.
     *
     * @param dimension skill, language, channel or total
     * @param oldestSince null only for an empty total
     */
    public record QueueSlice(String dimension, String key, long depth, Instant oldestSince) {
    }
}
