package dev.switchboard.router.domain;

import java.util.UUID;

import dev.switchboard.contracts.Channel;

/**
 * Which conversations a supervisor lists; a null field does not filter.
 *
 * @param language a primary subtag ("es" lists es, es-MX ...) or a full tag
 * @param skill    conversations that require this skill
 * @param agentId  conversations the agent holds or was ever offered
 */
public record ConversationFilter(ConversationStatus status, Channel channel, String language, String skill,
        String agentId, UUID customerId) {
}
