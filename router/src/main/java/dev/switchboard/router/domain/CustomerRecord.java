package dev.switchboard.router.domain;

import java.util.List;

import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerIdentityEntity;

/** A customer with the identities that name them and their most recent conversations. */
public record CustomerRecord(CustomerEntity customer, List<CustomerIdentityEntity> identities,
        List<ConversationEntity> recentConversations) {
}
