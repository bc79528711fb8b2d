package dev.switchboard.router.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.ScheduleDefinition;

/** An agent as the admin API shows it: its definition plus presence, last assignment and whether on shift now. */
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
        Instant updatedAt,
        ScheduleDefinition schedule,
        List<String> teams,
        boolean onShift) {

    static AgentView of(AgentEntity agent, Instant now) {
        return new AgentView(agent.id, agent.displayName, agent.timeZone, agent.languages, agent.skills,
                agent.capacity, agent.maxConcurrent, agent.presence, agent.lastAssignedAt, agent.updatedAt,
                agent.schedule, agent.teams == null ? List.of() : agent.teams.names(),
                agent.shiftCalendar().onShift(now));
    }
}
