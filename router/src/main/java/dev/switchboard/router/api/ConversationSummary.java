package dev.switchboard.router.api;

import java.time.Instant;
import java.util.UUID;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import dev.switchboard.router.persistence.ConversationEntity;

/**
 * A conversation in a list.
 *
 * @param agentId the agent it is offered or assigned to, if any
 */
public record ConversationSummary(
        UUID id,
        String conversationKey,
        Channel channel,
        String provider,
        ConversationStatus status,
        String language,
        String subject,
        String agentId,
        Instant createdAt,
        Instant queuedSince,
        Instant updatedAt) {

    static ConversationSummary of(ConversationEntity c) {
        return new ConversationSummary(c.id, c.conversationKey, c.channel, c.provider, c.status, c.language,
                c.subject, c.assignedAgentId, c.createdAt, c.queuedSince, c.updatedAt);
    }
}
