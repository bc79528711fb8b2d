package dev.switchboard.router.routing;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.contracts.Channel;

/**
 * A conversation looking for an agent.
 *
 * @param language        BCP 47 tag the conversation is in, or null when unknown (then no agent is excluded for it)
 * @param skills          required skill to minimum level 1..5
 * @param excludedAgents  agents that must not get it (they declined it or let the offer expire)
 * @param previousAgentId the customer's previous agent, preferred when eligible; null when none or when the caller's
 *                        stickiness window has passed
 * @param stages          the bullseye, strictest first; empty means {@link Bullseye#STRICT}
 * @param stage           the ring reached; past the last one the last one applies, and that is what is reported
 */
public record RoutingRequest(
        Channel channel,
        String language,
        Map<String, Integer> skills,
        Set<String> excludedAgents,
        String previousAgentId,
        List<BullseyeStage> stages,
        int stage) {

    public RoutingRequest {
        if (stage < 0) {
            throw new IllegalArgumentException("stage must not be negative: " + stage);
        }
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        excludedAgents = excludedAgents == null ? Set.of() : Set.copyOf(excludedAgents);
        stages = stages == null || stages.isEmpty() ? Bullseye.STRICT : List.copyOf(stages);
        stage = Math.min(stage, stages.size() - 1);
    }

    /** A request at the stage the conversation has reached after waiting {@code waited}. */
    public static RoutingRequest afterWaiting(Channel channel, String language, Map<String, Integer> skills,
            Set<String> excludedAgents, String previousAgentId, List<BullseyeStage> stages, Duration waited) {
        List<BullseyeStage> rings = stages == null || stages.isEmpty() ? Bullseye.STRICT : stages;
        return new RoutingRequest(channel, language, skills, excludedAgents, previousAgentId, rings,
                Bullseye.stageAfter(rings, waited));
    }

    public BullseyeStage currentStage() {
        return stages.get(stage);
    }

    /** The same request with one more agent excluded, as after a decline or an expired offer. */
    public RoutingRequest excluding(String agentId) {
        Set<String> more = new HashSet<>(excludedAgents);
        more.add(agentId);
        return new RoutingRequest(channel, language, skills, more, previousAgentId, stages, stage);
    }

    public RoutingRequest atStage(int newStage) {
        return new RoutingRequest(channel, language, skills, excludedAgents, previousAgentId, stages, newStage);
    }
}
