package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/**
 * What the router knows about one agent at the moment of a decision.
 *
 * @param capacity       open conversations the agent may hold per channel; a channel not listed gets the default
 * @param maxConcurrent  cap across all channels, or null for none beyond the per-channel ones
 * @param open           conversations the agent holds now (offered or assigned), per channel
 * @param lastAssignedAt when the agent was last given a conversation, null if never
 */
public record AgentState(
        String id,
        Presence presence,
        Map<String, Integer> languages,
        Map<Channel, Integer> capacity,
        Integer maxConcurrent,
        Map<Channel, Integer> open,
        Instant lastAssignedAt) {

    public AgentState {
        languages = Map.copyOf(languages);
        capacity = Map.copyOf(capacity);
        open = Map.copyOf(open);
    }

    public int openOn(Channel channel) {
        return open.getOrDefault(channel, 0);
    }

    public int openTotal() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The same agent after taking one more conversation on the channel. */
    public AgentState holdingOneMore(Channel channel) {
        Map<Channel, Integer> more = new HashMap<>(open);
        more.merge(channel, 1, Integer::sum);
        return new AgentState(id, presence, languages, capacity, maxConcurrent, more, lastAssignedAt);
    }
}
