package dev.switchboard.router.persistence;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationFilter;
import dev.switchboard.router.domain.ConversationStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<ConversationEntity, UUID> {

    public Uni<ConversationEntity> findOpenByKey(String conversationKey) {
        return find("conversationKey = ?1 and status <> ?2", conversationKey, ConversationStatus.CLOSED)
                .firstResult();
    }

    /** The thread's most recently closed conversation, or null. */
    public Uni<ConversationEntity> lastClosedByKey(String conversationKey) {
        return find("conversationKey = ?1 and status = ?2",
                Sort.descending("closedAt").and("createdAt", Sort.Direction.Descending),
                conversationKey, ConversationStatus.CLOSED).firstResult();
    }

    public Uni<List<ConversationEntity>> ofCustomer(UUID customerId, int limit) {
        return find("customerId", Sort.descending("createdAt").and("id"), customerId).page(Page.ofSize(limit)).list();
    }

    /** Moves every conversation of one customer to another. */
    public Uni<Integer> moveAll(UUID fromCustomer, UUID toCustomer) {
        return update("customerId = ?1 where customerId = ?2", toCustomer, fromCustomer);
    }

    /** The routing explanation as the JSON text stored, or null. */
    public Uni<String> explanationOf(UUID id) {
        return getSession().chain(s -> s.createNativeQuery(
                "SELECT CAST(explanation AS text) FROM conversations WHERE id = :id", String.class)
                .setParameter("id", id)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * A page of conversations matching the filter: in queue order (priority, then wait) for QUEUED, by wait for
     * another status, most recent first without one.
     */
    public Uni<List<ConversationEntity>> search(ConversationFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM conversations c WHERE true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            sql.append(" AND c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.channel() != null) {
            sql.append(" AND c.channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.language() != null) {
            sql.append(" AND (lower(c.language) = :language OR lower(c.language) LIKE :languagePrefix)");
            parameters.put("language", filter.language().toLowerCase(Locale.ROOT));
            parameters.put("languagePrefix", filter.language().toLowerCase(Locale.ROOT) + "-%");
        }
        if (filter.skill() != null) {
            sql.append(" AND jsonb_exists(c.skills, :skill)");
            parameters.put("skill", filter.skill());
        }
        if (filter.agentId() != null) {
            sql.append(" AND (c.assigned_agent_id = :agent OR EXISTS (SELECT 1 FROM offers o"
                    + " WHERE o.conversation_id = c.id AND o.agent_id = :agent))");
            parameters.put("agent", filter.agentId());
        }
        if (filter.customerId() != null) {
            sql.append(" AND c.customer_id = :customer");
            parameters.put("customer", filter.customerId());
        }
        Sort order = order(filter.status());
        sql.append(filter.status() == ConversationStatus.QUEUED ? " ORDER BY c.priority DESC, c.queued_since, c.id"
                : filter.status() != null ? " ORDER BY c.queued_since, c.id" : " ORDER BY c.created_at DESC, c.id")
                .append(" LIMIT :limit OFFSET :offset");
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        // Selects ids, then loads: a native query mapped straight onto the entity trips over its JSON columns.
        return getSession().chain(s -> {
            var query = s.createNativeQuery(sql.toString(), UUID.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<ConversationEntity>of())
                : list("id in ?1", order, ids));
    }

    private static Sort order(ConversationStatus status) {
        if (status == ConversationStatus.QUEUED) {
            return Sort.descending("priority").and("queuedSince").and("id");
        }
        return status != null ? Sort.by("queuedSince").and("id") : Sort.descending("createdAt").and("id");
    }

    public Uni<ConversationEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
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
