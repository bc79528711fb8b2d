package dev.switchboard.router.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import dev.switchboard.router.persistence.ConversationEntity;

/**
 * A conversation in a list.
 *
 * @param agentId                the agent it is offered or assigned to, if any
 * @param languageSource         what decided the language: hint, customer, detected or default
 * @param skills                 skill name to the minimum level it needs
 * @param previousConversationId the closed conversation of the same thread this one continues, if any
 */
public record ConversationSummary(
        UUID id,
        String conversationKey,
        Channel channel,
        String provider,
        ConversationStatus status,
        String language,
        Double languageConfidence,
        String languageSource,
        Map<String, Integer> skills,
        int priority,
        Instant slaDueAt,
        int stage,
        Instant stageSince,
        String subject,
        UUID customerId,
        String agentId,
        UUID previousConversationId,
        Instant createdAt,
        Instant queuedSince,
        Instant updatedAt,
        Instant closedAt) {

    static ConversationSummary of(ConversationEntity c) {
        return new ConversationSummary(c.id, c.conversationKey, c.channel, c.provider, c.status, c.language,
                c.languageConfidence, c.languageSource, c.skills, c.priority, c.slaDueAt, c.stage, c.stageSince,
                c.subject, c.customerId, c.assignedAgentId, c.previousConversationId, c.createdAt, c.queuedSince,
                c.updatedAt, c.closedAt);
    }
}
