package dev.switchboard.router.domain;

import java.util.Map;

import dev.switchboard.contracts.Channel;

/**
 * An agent as an admin defines it, already validated: an IANA zone, canonical BCP 47 tags, levels 1..5.
 *
 * @param maxConcurrent cap across all channels, or null for none beyond the per-channel capacities
 */
public record AgentProfile(
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<Channel, Integer> capacity,
        Integer maxConcurrent) {

    public AgentProfile {
        languages = Map.copyOf(languages);
        skills = Map.copyOf(skills);
        capacity = Map.copyOf(capacity);
    }
}
