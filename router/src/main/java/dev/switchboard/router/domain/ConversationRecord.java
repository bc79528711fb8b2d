package dev.switchboard.router.domain;

import java.util.List;

import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.OfferEntity;

/**
 * A conversation with everything stored about it, as a supervisor looks at it.
 *
 * @param explanation the routing explanation as the stored JSON text, or null before the matcher wrote one
 */
public record ConversationRecord(
        ConversationEntity conversation,
        CustomerEntity customer,
        List<MessageEntity> messages,
        List<OfferEntity> offers,
        String explanation) {
}
