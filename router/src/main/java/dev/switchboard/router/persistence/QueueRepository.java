package dev.switchboard.router.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The queue: QUEUED conversations served by priority (highest first), then by how long the customer has waited.
 * Every query that hands out conversations locks them and skips any another transaction holds, so two routers
 * never hand out the same one and neither waits for the other.
 */
@ApplicationScoped
public class QueueRepository implements PanacheRepositoryBase<ConversationEntity, UUID> {

    private static final Sort SERVICE_ORDER = Sort.descending("priority").and("queuedSince").and("id");

    private static final String BEST_FOR_AGENT = """
            SELECT c.id FROM conversations c
            WHERE c.status = 'QUEUED' AND c.channel IN (:channels)
              AND NOT EXISTS (SELECT 1 FROM offers o
                              WHERE o.conversation_id = c.id AND o.agent_id = :agent AND (%s))
            ORDER BY c.priority DESC, c.queued_since, c.id
            LIMIT :limit
            FOR UPDATE OF c SKIP LOCKED""".formatted(OfferRepository.EXCLUDED_AGENT);

    private static final String WAITING = """
            SELECT c.id FROM conversations c
            WHERE c.status = 'QUEUED'
            ORDER BY c.priority DESC, c.queued_since, c.id
            LIMIT :limit
            FOR UPDATE OF c SKIP LOCKED""";

    private static final String UNANSWERED = """
            SELECT c.id FROM conversations c
            WHERE c.status = 'ASSIGNED' AND c.assigned_agent_id = :agent AND c.channel IN (:channels)
              AND NOT EXISTS (SELECT 1 FROM messages m
                              WHERE m.conversation_id = c.id AND m.author = 'AGENT' AND m.agent_id = :agent)
            ORDER BY c.queued_since, c.id
            FOR UPDATE OF c SKIP LOCKED""";

    private static final String AHEAD = """
            SELECT count(*) FROM conversations c
            WHERE c.status = 'QUEUED' AND c.id <> :id
              AND (c.priority > :priority OR (c.priority = :priority AND c.queued_since <= :since))
              AND (CAST(:primary AS text) = ''
                   OR split_part(lower(coalesce(c.language, '')), '-', 1) = CAST(:primary AS text))""";

    private static final String DEPTH = """
            SELECT channel, coalesce(language, 'unknown'), count(*), min(queued_since) FROM conversations
            WHERE status = 'QUEUED'
            GROUP BY channel, coalesce(language, 'unknown')""";

    /** A conversation needing two skills counts under each; one needing none under {@code none}. */
    private static final String SKILL_DEPTH = """
            SELECT coalesce(k.skill, 'none'), coalesce(c.language, 'unknown'), count(*), min(c.queued_since)
            FROM conversations c LEFT JOIN LATERAL jsonb_object_keys(c.skills) AS k(skill) ON true
            WHERE c.status = 'QUEUED'
            GROUP BY coalesce(k.skill, 'none'), coalesce(c.language, 'unknown')""";

    /**
     * The best queued conversations an agent could take on the channels given, locked: never one the agent
     * declined, let expire or handed on.
     */
    public Uni<List<ConversationEntity>> lockBestFor(String agentId, Collection<Channel> channels, int limit) {
        if (channels.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> names = channels.stream().map(Channel::name).toList();
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(BEST_FOR_AGENT, UUID.class)
                .setParameter("channels", names)
                .setParameter("agent", agentId)
                .setParameter("limit", limit)
                .getResultList()))
                .chain(this::load);
    }

    /** The conversations at the head of the queue, locked. */
    public Uni<List<ConversationEntity>> lockHead(int limit) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(WAITING, UUID.class)
                .setParameter("limit", limit)
                .getResultList()))
                .chain(this::load);
    }

    /** Assigned conversations on the channels given that the agent has not written in yet, locked. */
    public Uni<List<ConversationEntity>> lockUnansweredBy(String agentId, Collection<Channel> channels) {
        if (channels.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> names = channels.stream().map(Channel::name).toList();
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(UNANSWERED, UUID.class)
                .setParameter("agent", agentId)
                .setParameter("channels", names)
                .getResultList()))
                .chain(this::load);
    }

    public Uni<List<ConversationEntity>> assignedTo(String agentId) {
        return list("assignedAgentId = ?1 and status = ?2", Sort.by("queuedSince").and("id"), agentId,
                ConversationStatus.ASSIGNED);
    }

    /**
     * Queued conversations served before this one (higher priority, or as urgent and waiting at least as long),
     * counting only those in the same primary language when one is given.
     */
    public Uni<Long> ahead(ConversationEntity conversation, String primaryLanguage) {
        return getSession().chain(s -> s.createNativeQuery(AHEAD, Long.class)
                .setParameter("id", conversation.id)
                .setParameter("priority", conversation.priority)
                .setParameter("since", conversation.queuedSince)
                .setParameter("primary", primaryLanguage == null ? "" : primaryLanguage)
                .getSingleResult());
    }

    /** Queue depth and oldest wait per channel and language. */
    public Uni<List<QueueDepth>> depth() {
        return getSession().chain(s -> s.createNativeQuery(DEPTH, Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new QueueDepth(Channel.valueOf((String) row[0]),
                        (String) row[1], ((Number) row[2]).longValue(), instant(row[3]))).toList());
    }

    /** Queue depth and oldest wait per required skill and language. */
    public Uni<List<SkillDepth>> depthBySkill() {
        return getSession().chain(s -> s.createNativeQuery(SKILL_DEPTH, Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new SkillDepth((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), instant(row[3]))).toList());
    }

    private Uni<List<ConversationEntity>> load(List<UUID> ids) {
        // Locks by id, then loads: a native query mapped straight onto the entity trips over its JSON columns.
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", SERVICE_ORDER, ids);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** How many conversations of a channel and language wait, and since when the longest has. */
    public record QueueDepth(Channel channel, String language, long depth, Instant oldestSince) {
    }

    /** How many conversations needing a skill in a language wait, and since when the longest has. */
    public record SkillDepth(String skill, String language, long depth, Instant oldestSince) {
    }
}
