package dev.switchboard.router.persistence;

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

    public Uni<OfferEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<OfferEntity>> ofConversation(UUID conversationId) {
        return list("conversationId", Sort.by("createdAt").and("id"), conversationId);
    }

    /** Agents who declined the conversation: it is not offered to them again. */
    public Uni<List<String>> declinersOf(UUID conversationId) {
        String hql = "select distinct o.agentId from OfferEntity o where o.conversationId = :conversation"
                + " and o.status = :declined";
        return getSession().chain(s -> s.flush().chain(() -> s.createSelectionQuery(hql, String.class)
                .setParameter("conversation", conversationId)
                .setParameter("declined", OfferStatus.DECLINED)
                .getResultList()));
    }
}
