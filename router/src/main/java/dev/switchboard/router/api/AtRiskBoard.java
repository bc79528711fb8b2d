package dev.switchboard.router.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import dev.switchboard.router.persistence.ConversationEntity;

/** Open conversations owed a first response whose SLA is past or falls due within the window, most urgent first. */
/** @param within the window asked for, ISO 8601 ({@code PT10M}) */
public record AtRiskBoard(Instant asOf, String within, List<AtRisk> conversations) {

    /**
     * @param secondsLeft until the first response is due; negative once breached
     * @param explanation where the conversation's routing explanation and assignment history are
     */
    public record AtRisk(UUID id, Channel channel, ConversationStatus status, String language,
            Map<String, Integer> skills, int priority, String agentId, Instant queuedSince, Instant slaDueAt,
            long secondsLeft, boolean breached, String explanation) {
    }

    static AtRiskBoard of(List<ConversationEntity> due, Duration within, Instant now) {
        return new AtRiskBoard(now, within.toString(), due.stream().map(c -> atRisk(c, now)).toList());
    }

    private static AtRisk atRisk(ConversationEntity c, Instant now) {
        long left = Duration.between(now, c.slaDueAt).toSeconds();
        return new AtRisk(c.id, c.channel, c.status, c.language, c.skills, c.priority, c.assignedAgentId,
                c.queuedSince, c.slaDueAt, left, c.slaDueAt.isBefore(now), "/v1/conversations/" + c.id);
    }
}
