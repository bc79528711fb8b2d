package dev.switchboard.router.domain;

import java.util.List;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.routing.ScheduleDefinition;

/**
 * An agent as an admin defines it, already validated: an IANA zone, canonical BCP 47 tags, levels 1..5, a schedule
 * that compiles in that zone.
 *
 * @param maxConcurrent cap across all channels, or null for none beyond the per-channel capacities
 * @param schedule      weekly shifts and exceptions in the agent's zone, canonically spelled; null = always on shift
 */
public record AgentProfile(
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<Channel, Integer> capacity,
        Integer maxConcurrent,
        ScheduleDefinition schedule,
        List<String> teams) {

    public AgentProfile {
        languages = Map.copyOf(languages);
        skills = Map.copyOf(skills);
        capacity = Map.copyOf(capacity);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
