package dev.switchboard.router.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.domain.Supervision.AgentLoad;
import dev.switchboard.router.persistence.AgentEntity;

/**
 * The agents as a supervisor reads them: how many in each presence and on shift, and each one's load against its
 * capacity. Capacities follow the matcher: a channel the agent's capacity does not list gets the default, and the
 * overall capacity is the sum of the channels', cut to {@code maxConcurrent} when that is set.
 */
public record AgentBoard(Instant asOf, Map<Presence, Integer> byPresence, int onShift, List<Agent> agents) {

    /** @param occupancy held ÷ capacity overall, 0 when the agent may hold nothing */
    public record Agent(String id, String displayName, Presence presence, boolean onShift, Instant lastAssignedAt,
            int held, int capacity, double occupancy, List<ChannelLoad> channels) {
    }

    public record ChannelLoad(Channel channel, int held, int capacity) {
    }

    static AgentBoard of(List<AgentLoad> loads, int defaultCapacity, Instant now) {
        Map<Presence, Integer> byPresence = new EnumMap<>(Presence.class);
        for (Presence presence : Presence.values()) {
            byPresence.put(presence, 0);
        }
        List<Agent> agents = new ArrayList<>();
        int onShift = 0;
        for (AgentLoad load : loads) {
            Agent agent = agent(load, defaultCapacity, now);
            byPresence.merge(agent.presence(), 1, Integer::sum);
            onShift += agent.onShift() ? 1 : 0;
            agents.add(agent);
        }
        return new AgentBoard(now, byPresence, onShift, agents);
    }

    private static Agent agent(AgentLoad load, int defaultCapacity, Instant now) {
        AgentEntity entity = load.agent();
        List<ChannelLoad> channels = new ArrayList<>();
        int held = 0;
        int capacity = 0;
        for (Channel channel : Channel.values()) {
            int heldOn = load.held().getOrDefault(channel, 0);
            int capacityOn = entity.capacity == null ? defaultCapacity
                    : entity.capacity.getOrDefault(channel.name(), defaultCapacity);
            channels.add(new ChannelLoad(channel, heldOn, capacityOn));
            held += heldOn;
            capacity += capacityOn;
        }
        if (entity.maxConcurrent != null) {
            capacity = Math.min(capacity, entity.maxConcurrent);
        }
        double occupancy = capacity == 0 ? 0 : (double) held / capacity;
        return new Agent(entity.id, entity.displayName, entity.presence, entity.shiftCalendar().onShift(now),
                entity.lastAssignedAt, held, capacity, occupancy, channels);
    }
}
