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

    /**
     * Whether the message is stored already, the thread's open conversation, and its most recently closed one, in
     * one statement.
     */
    private static final String ARRIVAL = """
            SELECT EXISTS (SELECT 1 FROM messages m
                           WHERE m.channel = :channel AND m.provider = :provider
                             AND m.provider_message_id = :providerMessageId),
                   (SELECT c.id FROM conversations c
                    WHERE c.conversation_key = :key AND c.status <> 'CLOSED' LIMIT 1),
                   (SELECT c.id FROM conversations c
                    WHERE c.conversation_key = :key AND c.status = 'CLOSED'
                    ORDER BY c.closed_at DESC, c.created_at DESC LIMIT 1)""";

    /**
     * Where an inbound message lands: nowhere when it is stored already (a redelivery), else the thread's open
     * conversation, else its most recently closed one (the one loaded; the other null), else neither.
     */
    public Uni<Arrival> arrivalOf(Channel channel, String provider, String providerMessageId,
            String conversationKey) {
        return getSession().chain(s -> s.createNativeQuery(ARRIVAL, Object[].class)
                .setParameter("channel", channel.name())
                .setParameter("provider", provider)
                .setParameter("providerMessageId", providerMessageId)
                .setParameter("key", conversationKey)
                .getSingleResult())
                .chain(row -> {
                    if ((Boolean) row[0]) {
                        return Uni.createFrom().item(Arrival.DUPLICATE);
                    }
                    if (row[1] != null) {
                        return findById(NativeValues.uuid(row[1])).map(open -> new Arrival(false, open, null));
                    }
                    return row[2] == null ? Uni.createFrom().item(Arrival.NEW_THREAD)
                            : findById(NativeValues.uuid(row[2])).map(closed -> new Arrival(false, null, closed));
                });
    }


    /**
     * @param duplicate  the message is stored already
     * @param open       the thread's open conversation, or null
     * @param lastClosed the thread's most recently closed conversation when none is open, or null
     */
    public record Arrival(boolean duplicate, ConversationEntity open, ConversationEntity lastClosed) {

        static final Arrival DUPLICATE = new Arrival(true, null, null);
        static final Arrival NEW_THREAD = new Arrival(false, null, null);
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

    private static final String HELD_BY_AGENT = """
            SELECT c.channel, count(*) FROM conversations c
            WHERE c.assigned_agent_id = :agent AND c.status IN ('OFFERED', 'ASSIGNED')
            GROUP BY c.channel""";

    /**
     * Conversations the agent holds (offered or assigned), per channel; channels with none are absent. Flushes
     * first, so the count includes this transaction's own changes.
     */
    public Uni<Map<Channel, Integer>> heldBy(String agentId) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(HELD_BY_AGENT, Object[].class)
                .setParameter("agent", agentId)
                .getResultList()))
                .map(rows -> {
                    Map<Channel, Integer> held = new EnumMap<>(Channel.class);
                    rows.forEach(row -> held.put(Channel.valueOf((String) row[0]), ((Number) row[1]).intValue()));
                    return held;
                });
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
