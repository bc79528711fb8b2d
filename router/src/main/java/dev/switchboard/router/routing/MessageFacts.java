package dev.switchboard.router.routing;

import java.util.Set;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.MessageFlag;

/**
 * What rules look at in a message.
 *
 * @param customerTier the tier the customer is known by, or null
 * @param language     the decided BCP 47 tag, or null
 */
public record MessageFacts(Channel channel, String provider, Set<MessageFlag> flags, String customerTier,
        String language, String subject, String text) {

    public MessageFacts {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
