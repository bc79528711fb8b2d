package dev.switchboard.router.persistence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.common.AffectedEntities;

import dev.switchboard.contracts.Channel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<AgentEntity, String> {

    /** Conflicts with {@link #lock(String)}; not with the key-share locks of rows that merely reference the agent. */
    private static final String LOCK_UNLESS_BUSY = """
            SELECT a.id FROM agents a WHERE a.id = :id FOR NO KEY UPDATE SKIP LOCKED""";

    /**
     * Every AVAILABLE agent with the conversations it holds per channel, how many agents are not AVAILABLE, and the
     * agents the conversation decided on must not go to again (the second placeholder; null without one), in one
     * statement. The single row with no agent (all nulls but the last two columns) keeps those when nobody is
     * available.
     */
    private static final String AVAILABLE_WITH_HELD = """
            SELECT %s,
                   (SELECT CAST(jsonb_object_agg(h.channel, h.n) AS text)
                    FROM (SELECT c.channel, count(*) AS n FROM conversations c
                          WHERE c.assigned_agent_id = a.id AND c.status IN ('OFFERED', 'ASSIGNED')
                          GROUP BY c.channel) h),
                   away.n, away.excluded
            FROM (SELECT (SELECT count(*) FROM agents WHERE presence <> 'AVAILABLE') AS n, %s AS excluded) away
            LEFT JOIN agents a ON a.presence = 'AVAILABLE'
            ORDER BY a.id""";

    private static final String AVAILABLE = AVAILABLE_WITH_HELD.formatted(AgentRows.COLUMNS, "CAST(NULL AS text)");

    private static final String AVAILABLE_FOR_CONVERSATION = AVAILABLE_WITH_HELD.formatted(AgentRows.COLUMNS, """
            (SELECT CAST(jsonb_agg(DISTINCT o.agent_id) AS text) FROM offers o
             WHERE o.conversation_id = :conversation AND (%s))""".formatted(OfferRepository.EXCLUDED_AGENT));

    /**
     * The agents available now, as a snapshot to decide on, with what each holds: they are not in the session, so
     * the one chosen is read again, fresh, when {@link #lock(String) locked}. Flushes first, so the counts include
     * this transaction's own changes.
     */
    public Uni<AvailableAgents> availableSnapshot() {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(AVAILABLE, Object[].class)
                .getResultList()))
                .map(AgentRepository::snapshot);
    }

    /**
     * {@link #availableSnapshot()} for a decision on one conversation, with the agents it is never offered to again:
     * they declined it, let an offer of it expire, or handed it on.
     */
    public Uni<AvailableAgents> availableSnapshot(UUID conversationId) {
        return getSession().chain(s -> s.flush().chain(() -> s
                .createNativeQuery(AVAILABLE_FOR_CONVERSATION, Object[].class)
                .setParameter("conversation", conversationId)
                .getResultList()))
                .map(AgentRepository::snapshot);
    }

    private static AvailableAgents snapshot(List<Object[]> rows) {
        List<AgentEntity> available = new ArrayList<>(rows.size());
        Map<String, Map<Channel, Integer>> held = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] == null) {
                continue;
            }
            AgentEntity agent = AgentRows.agent(row, 0);
            available.add(agent);
            Map<String, Integer> counts = AgentRows.levels((String) row[AgentRows.WIDTH], "held");
            if (!counts.isEmpty()) {
                Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
                counts.forEach((channel, n) -> byChannel.put(Channel.valueOf(channel), n));
                held.put(agent.id, byChannel);
            }
        }
        Object[] first = rows.get(0);
        int notAvailable = ((Number) first[AgentRows.WIDTH + 1]).intValue();
        return new AvailableAgents(available, held, notAvailable, AgentRows.ids((String) first[AgentRows.WIDTH + 2]));
    }

    /** Every language tag any agent speaks: what language detection is restricted to. */
    public Uni<List<String>> spokenLanguages() {
        // Flushes only pending agent changes, the only ones that can change the answer, not the whole session.
        return getSession().chain(s -> s.createNativeQuery("SELECT DISTINCT jsonb_object_keys(languages) FROM agents",
                String.class, new AffectedEntities(AgentEntity.class)).getResultList());
    }

    public Uni<List<AgentEntity>> all() {
        return listAll(Sort.by("id"));
    }

    /**
     * The agent's row, locked until the transaction ends. Every decision that gives an agent a conversation takes
     * this lock first and counts the agent's conversations after it, so concurrent decisions (on this instance or
     * another) are serialised per agent and cannot exceed its capacity.
     */
    public Uni<AgentEntity> lock(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The agent's row, locked as {@link #lock(String)} does, unless another transaction holds it: then null at once
     * instead of waiting. A decision trying ranked agents in turn keeps the locks of those it passed over; waiting
     * for the next one could close a cycle with another decision doing the same in another order, so decisions
     * skip a busy agent, and the queue sweep offers it what was left queued meanwhile. The session is flushed
     * first and the row read afresh, so it is current under the lock.
     */
    public Uni<AgentEntity> lockUnlessBusy(String id) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(LOCK_UNLESS_BUSY, String.class)
                .setParameter("id", id)
                .getResultList()))
                .chain(locked -> locked.isEmpty() ? Uni.createFrom().<AgentEntity>nullItem()
                        : findById(id).call(found -> getSession().chain(s -> s.refresh(found))));
    }

    /**
     * @param agents       the AVAILABLE agents, by id, detached
     * @param held         conversations each holds (offered or assigned) per channel; agents holding none are absent
     * @param notAvailable how many agents are not AVAILABLE
     * @param excluded     agents the conversation decided on must not go to again; empty without one
     */
    public record AvailableAgents(List<AgentEntity> agents, Map<String, Map<Channel, Integer>> held,
            int notAvailable, List<String> excluded) {
    }
}
