package dev.switchboard.router.persistence;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<ConversationEntity, UUID> {

    /** Queued conversations an agent could take, oldest first, skipping any another decision has locked. */
    private static final String OLDEST_QUEUED = """
            SELECT c.* FROM conversations c
            WHERE c.status = 'QUEUED' AND c.channel IN (:channels)
              AND NOT EXISTS (SELECT 1 FROM offers o
                              WHERE o.conversation_id = c.id AND o.agent_id = :agent AND o.status = 'DECLINED')
            ORDER BY c.queued_since, c.id
            LIMIT :limit
            FOR UPDATE OF c SKIP LOCKED""";

    public Uni<ConversationEntity> findOpenByKey(String conversationKey) {
        return find("conversationKey = ?1 and status <> ?2", conversationKey, ConversationStatus.CLOSED)
                .firstResult();
    }

    public Uni<ConversationEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<ConversationEntity>> withStatus(ConversationStatus status, int limit) {
        return find("status", Sort.by("queuedSince").and("id"), status).page(Page.ofSize(limit)).list();
    }

    public Uni<List<ConversationEntity>> recent(int limit) {
        return findAll(Sort.descending("createdAt").and("id")).page(Page.ofSize(limit)).list();
    }

    public Uni<List<ConversationEntity>> oldestQueuedFor(String agentId, Collection<Channel> channels, int limit) {
        List<String> names = channels.stream().map(Channel::name).toList();
        return getSession().chain(s -> s.createNativeQuery(OLDEST_QUEUED, ConversationEntity.class)
                .setParameter("channels", names)
                .setParameter("agent", agentId)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Conversations each agent holds (offered or assigned), per channel. Agents holding none are absent. */
    public Uni<Map<String, Map<Channel, Integer>>> heldBy(Collection<String> agentIds) {
        if (agentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String hql = "select c.assignedAgentId, c.channel, count(c) from ConversationEntity c"
                + " where c.status in :held and c.assignedAgentId in :agents"
                + " group by c.assignedAgentId, c.channel";
        return getSession().chain(s -> s.flush().chain(() -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("held", ConversationStatus.HELD)
                .setParameter("agents", agentIds)
                .getResultList()))
                .map(ConversationRepository::byAgent);
    }

    private static Map<String, Map<Channel, Integer>> byAgent(List<Object[]> rows) {
        Map<String, Map<Channel, Integer>> held = new HashMap<>();
        for (Object[] row : rows) {
            held.computeIfAbsent((String) row[0], id -> new EnumMap<>(Channel.class))
                    .put((Channel) row[1], ((Number) row[2]).intValue());
        }
        return held;
    }
}
