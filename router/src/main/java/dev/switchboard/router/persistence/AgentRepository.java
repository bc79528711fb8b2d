package dev.switchboard.router.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.switchboard.contracts.Presence;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<AgentEntity, String> {

    /** Conflicts with {@link #lock(String)}; not with the key-share locks of rows that merely reference the agent. */
    private static final String LOCK_UNLESS_BUSY = """
            SELECT a.id FROM agents a WHERE a.id = :id FOR NO KEY UPDATE SKIP LOCKED""";

    /**
     * The agents available now, as a snapshot to decide on: they are detached from the session, so the one chosen
     * is read again, fresh, when {@link #lock(String) locked}.
     */
    public Uni<List<AgentEntity>> availableSnapshot() {
        return list("presence", Sort.by("id"), Presence.AVAILABLE)
                .call(agents -> getSession().invoke(session -> agents.forEach(session::detach)));
    }

    /** Every language tag any agent speaks: what language detection is restricted to. */
    public Uni<List<String>> spokenLanguages() {
        return getSession().chain(s -> s.createNativeQuery(
                "SELECT DISTINCT jsonb_object_keys(languages) FROM agents", String.class).getResultList());
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
}
