package dev.switchboard.router.api;

import java.time.Instant;
import java.util.Map;

import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentEntity;

/** An agent as the admin API shows it: its definition plus presence and last assignment. */
public record AgentView(
        String id,
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<String, Integer> capacity,
        Integer maxConcurrent,
        Presence presence,
        Instant lastAssignedAt,
        Instant updatedAt) {

    static AgentView of(AgentEntity agent) {
        return new AgentView(agent.id, agent.displayName, agent.timeZone, agent.languages, agent.skills,
                agent.capacity, agent.maxConcurrent, agent.presence, agent.lastAssignedAt, agent.updatedAt);
    }
}
