package dev.switchboard.router.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Channel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<MessageEntity, UUID> {

    public Uni<Boolean> exists(Channel channel, String provider, String providerMessageId) {
        return count("channel = ?1 and provider = ?2 and providerMessageId = ?3", channel, provider, providerMessageId)
                .map(n -> n > 0);
    }

    public Uni<List<MessageEntity>> ofConversation(UUID conversationId) {
        return list("conversationId", Sort.by("receivedAt").and("id"), conversationId);
    }

    public Uni<MessageEntity> latest(UUID conversationId) {
        return find("conversationId", Sort.descending("receivedAt").and("id", Sort.Direction.Descending),
                conversationId).firstResult();
    }
}
