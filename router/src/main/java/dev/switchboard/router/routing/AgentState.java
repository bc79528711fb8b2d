package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/**
 * What the router knows about one agent at the moment of a decision.
 *
 * @param languages      BCP 47 tag to level 1..5
 * @param skills         skill name to level 1..5
 * @param capacity       open conversations the agent may hold per channel; a channel not listed gets the default
 * @param maxConcurrent  cap across all channels, or null for none beyond the per-channel ones
 * @param open           conversations the agent holds now (offered or assigned), per channel
 * @param lastAssignedAt when the agent was last given a conversation, null if never
 * @param shifts         when the agent works, in its own time zone
 */
public record AgentState(
        String id,
        Presence presence,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<Channel, Integer> capacity,
        Integer maxConcurrent,
        Map<Channel, Integer> open,
        Instant lastAssignedAt,
        ShiftCalendar shifts) {

    public AgentState {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
        open = open == null ? Map.of() : Map.copyOf(open);
        shifts = shifts == null ? ShiftCalendar.ALWAYS : shifts;
    }

    /** An agent without skills who is always on shift. */
    public AgentState(String id, Presence presence, Map<String, Integer> languages, Map<Channel, Integer> capacity,
            Integer maxConcurrent, Map<Channel, Integer> open, Instant lastAssignedAt) {
        this(id, presence, languages, Map.of(), capacity, maxConcurrent, open, lastAssignedAt, ShiftCalendar.ALWAYS);
    }

    public int openOn(Channel channel) {
        return open.getOrDefault(channel, 0);
    }

    public int openTotal() {
        int total = 0;
        for (int n : open.values()) {
            total += n;
        }
        return total;
    }

    /** The agent's level in a skill, 0 when it does not have it. */
    public int skill(String name) {
        return Languages.clamp(skills.get(name));
    }

    /** The same agent after taking one more conversation on the channel. */
    public AgentState holdingOneMore(Channel channel) {
        Map<Channel, Integer> more = new HashMap<>(open);
        more.merge(channel, 1, Integer::sum);
        return new AgentState(id, presence, languages, skills, capacity, maxConcurrent, more, lastAssignedAt, shifts);
    }
}
