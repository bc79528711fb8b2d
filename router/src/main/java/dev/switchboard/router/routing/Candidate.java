package dev.switchboard.router.routing;

import java.time.Instant;

/**
 * An eligible agent as a decision saw it, with the score components in the order they rank: sticky first, then
 * higher language level, then higher skill margin, then lower occupancy, then longest idle, then id.
 *
 * @param sticky        the customer's previous agent
 * @param languageLevel 0..5 in the conversation's language
 * @param skillMargin   sum over the requested skills of (agent's level − required level); negative when a relaxed
 *                      stage let in an agent below the original levels
 * @param open          conversations the agent holds, all channels
 * @param capacity      conversations the agent may hold, all channels (within its overall cap)
 * @param occupancy     open ÷ capacity
 */
public record Candidate(String agentId, boolean sticky, int languageLevel, int skillMargin, int open, int capacity,
        double occupancy, Instant lastAssignedAt) {
}
