package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.switchboard.router.domain.OfferStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<OfferEntity, UUID> {

    /** The reason an assignment ended when its agent handed the conversation on. */
    public static final String TRANSFERRED = "transferred";

    /** Agents a conversation is never offered to again: they declined it, let it expire, or handed it on. */
    static final String EXCLUDED_AGENT = """
            o.status IN ('DECLINED', 'EXPIRED') OR o.ended_reason = 'transferred'""";

    /**
     * The pending offer that expired first, locked; offers another router is already handling are skipped, so
     * several instances sweep side by side without waiting for or repeating each other.
     */
    private static final String NEXT_EXPIRED = """
            SELECT id FROM offers
            WHERE status = 'PENDING' AND expires_at <= :now
            ORDER BY expires_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""";

    private static final String PENDING_TO = """
            SELECT id FROM offers
            WHERE status = 'PENDING' AND agent_id = :agent
            ORDER BY created_at, id
            FOR UPDATE SKIP LOCKED""";

    public Uni<OfferEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<OfferEntity>> ofConversation(UUID conversationId) {
        return list("conversationId", Sort.by("createdAt").and("id"), conversationId);
    }

    /** Agents who declined the conversation, let an offer of it expire or handed it on: it is not theirs again. */
    public Uni<List<String>> excludedFrom(UUID conversationId) {
        String sql = "SELECT DISTINCT o.agent_id FROM offers o WHERE o.conversation_id = :conversation AND ("
                + EXCLUDED_AGENT + ")";
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(sql, String.class)
                .setParameter("conversation", conversationId)
                .getResultList()));
    }

    /** The next pending offer past its deadline, locked by this transaction; null when none is due. */
    public Uni<OfferEntity> lockNextExpired(Instant now) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(NEXT_EXPIRED, UUID.class)
                .setParameter("now", now)
                .getResultList()))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().nullItem() : findById(ids.get(0)));
    }

    /** The agent's pending offers, locked; any another transaction holds (an answer, the sweep) are left to it. */
    public Uni<List<OfferEntity>> lockPendingTo(String agentId) {
        return getSession().chain(s -> s.flush().chain(() -> s.createNativeQuery(PENDING_TO, UUID.class)
                .setParameter("agent", agentId)
                .getResultList()))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<OfferEntity>of())
                        : list("id in ?1", Sort.by("createdAt").and("id"), ids));
    }

    /** The agent's pending offers still open at {@code now}, oldest first. */
    public Uni<List<OfferEntity>> openTo(String agentId, Instant now) {
        return list("agentId = ?1 and status = ?2 and expiresAt > ?3", Sort.by("createdAt").and("id"), agentId,
                OfferStatus.PENDING, now);
    }

    /** The accepted offer that made the agent the conversation's holder; null if there is none. */
    public Uni<OfferEntity> acceptedBy(UUID conversationId, String agentId) {
        return find("conversationId = ?1 and agentId = ?2 and status = ?3",
                Sort.descending("decidedAt").and("id", Sort.Direction.Descending), conversationId, agentId,
                OfferStatus.ACCEPTED).firstResult();
    }
}
