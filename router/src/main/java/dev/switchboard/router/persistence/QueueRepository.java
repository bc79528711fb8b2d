package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Integer>> SKILLS = new TypeReference<>() {
    };

    private static final Sort SERVICE_ORDER = Sort.descending("priority").and("queuedSince").and("id");

    /**
     * One page of the queue an agent may be able to serve, in service order after a cursor: on a channel it has
     * room on, in a language it speaks (unless some stage requires no language), never one it declined, let expire
     * or handed on. Read without locks: the caller checks skills and stage in Java, then locks only what it offers.
     */
    private static final String QUEUE_PAGE_FOR_AGENT = """
            SELECT c.id, c.channel, c.language, CAST(c.skills AS text), c.stage, c.priority, c.queued_since
            FROM conversations c
            WHERE c.status = 'QUEUED' AND c.channel IN (:channels)
              AND (CAST(:anyLanguage AS boolean) OR c.language IS NULL
                   OR split_part(lower(c.language), '-', 1) IN (:languages))
              AND NOT EXISTS (SELECT 1 FROM offers o
                              WHERE o.conversation_id = c.id AND o.agent_id = :agent AND (%s))
              AND (c.priority < :afterPriority
                   OR (c.priority = :afterPriority AND (c.queued_since, c.id) > (:afterSince, :afterId)))
            ORDER BY c.priority DESC, c.queued_since, c.id
            LIMIT :limit""".formatted(OfferRepository.EXCLUDED_AGENT);

    private static final String LOCK_QUEUED = """
            SELECT c.id FROM conversations c WHERE c.id = :id AND c.status = 'QUEUED'
            FOR UPDATE OF c SKIP LOCKED""";

    private static final String STAGE_DUE = """
            SELECT c.id FROM conversations c
            WHERE c.status = 'QUEUED' AND c.stage < :lastStage AND c.queued_since <= :queuedBefore
            ORDER BY c.queued_since, c.id
            LIMIT :limit""";

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
     * The next page of queued conversations the agent may serve (see {@link #QUEUE_PAGE_FOR_AGENT}), after
     * {@code after} in service order (null: from the head).
     *
     * @param languages primary language subtags the agent speaks; null when language does not restrict
     */
    public Uni<List<QueuedConversation>> pageFor(String agentId, Collection<Channel> channels,
            Collection<String> languages, QueuedConversation after, int limit) {
        if (channels.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> names = channels.stream().map(Channel::name).toList();
        List<String> spoken = languages == null || languages.isEmpty() ? List.of("") : List.copyOf(languages);
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(QUEUE_PAGE_FOR_AGENT, Object[].class)
                .setParameter("channels", names)
                .setParameter("anyLanguage", languages == null)
                .setParameter("languages", spoken)
                .setParameter("agent", agentId)
                .setParameter("afterPriority", after == null ? Integer.MAX_VALUE : after.priority())
                .setParameter("afterSince", after == null ? Instant.EPOCH : after.queuedSince())
                .setParameter("afterId", after == null ? new UUID(0, 0) : after.id())
                .setParameter("limit", limit)
                .getResultList()))
                .map(rows -> rows.stream().map(QueueRepository::queued).toList());
    }

    /** Locks a conversation that is still QUEUED and loads it; null when it is not, or another router holds it. */
    public Uni<ConversationEntity> lockQueued(UUID id) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(LOCK_QUEUED, UUID.class)
                .setParameter("id", id)
                .getResultList()))
                .chain(locked -> locked.isEmpty() ? Uni.createFrom().nullItem()
                        : findById(id).call(found -> getSession().chain(s -> s.refresh(found))));
    }

    /** Queued conversations below the last stage that have waited at least {@code queuedBefore}, oldest first. */
    public Uni<List<UUID>> stageDue(int lastStage, Instant queuedBefore, int limit) {
        return getSession().chain(s -> s.createNativeQuery(STAGE_DUE, UUID.class)
                .setParameter("lastStage", lastStage)
                .setParameter("queuedBefore", queuedBefore)
                .setParameter("limit", limit)
                .getResultList());
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
                        (String) row[1], ((Number) row[2]).longValue(), NativeValues.instant(row[3]))).toList());
    }

    /** Queue depth and oldest wait per required skill and language. */
    public Uni<List<SkillDepth>> depthBySkill() {
        return getSession().chain(s -> s.createNativeQuery(SKILL_DEPTH, Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new SkillDepth((String) row[0], (String) row[1],
                        ((Number) row[2]).longValue(), NativeValues.instant(row[3]))).toList());
    }

    private Uni<List<ConversationEntity>> load(List<UUID> ids) {
        // Locks by id, then loads: a native query mapped straight onto the entity trips over its JSON columns.
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", SERVICE_ORDER, ids);
    }


    private static QueuedConversation queued(Object[] row) {
        return new QueuedConversation((UUID) row[0], Channel.valueOf((String) row[1]), (String) row[2],
                skills((String) row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                NativeValues.instant(row[6]));
    }

    private static Map<String, Integer> skills(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, SKILLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversations.skills is not a JSON object of levels", e);
        }
    }

    /** What the queue scan needs of a waiting conversation to judge it for an agent without loading it. */
    public record QueuedConversation(UUID id, Channel channel, String language, Map<String, Integer> skills,
            int stage, int priority, Instant queuedSince) {
    }

    /** How many conversations of a channel and language wait, and since when the longest has. */
    public record QueueDepth(Channel channel, String language, long depth, Instant oldestSince) {
    }

    /** How many conversations needing a skill in a language wait, and since when the longest has. */
    public record SkillDepth(String skill, String language, long depth, Instant oldestSince) {
    }
}
