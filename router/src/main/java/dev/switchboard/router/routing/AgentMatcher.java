package dev.switchboard.router.routing;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/**
 * Decides which agent a conversation goes to. Eligible: AVAILABLE, not excluded, and under capacity for the
 * channel and overall. Among the eligible: a speaker of the conversation's language first, then the fewest open
 * conversations, then the longest idle, then the agent id, so the same state always gives the same answer.
 */
public final class AgentMatcher {

    private static final Comparator<Choice> BEST_FIRST = Comparator
            .comparing((Choice c) -> !c.speaksLanguage())
            .thenComparingInt(c -> c.agent().openTotal())
            .thenComparing(c -> c.agent().lastAssignedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.agent().id());

    private final int defaultCapacity;

    /** @param defaultCapacity open conversations allowed on a channel the agent's capacity does not list */
    public AgentMatcher(int defaultCapacity) {
        this.defaultCapacity = defaultCapacity;
    }

    /** Every eligible agent, best first. */
    public List<Choice> rank(RoutingRequest request, Collection<AgentState> agents) {
        return agents.stream()
                .filter(agent -> eligible(agent, request))
                .map(agent -> explain(agent, request))
                .sorted(BEST_FIRST)
                .toList();
    }

    public Optional<Choice> choose(RoutingRequest request, Collection<AgentState> agents) {
        return rank(request, agents).stream().findFirst();
    }

    public boolean eligible(AgentState agent, RoutingRequest request) {
        return agent.presence() == Presence.AVAILABLE
                && !request.excludedAgents().contains(agent.id())
                && agent.openOn(request.channel()) < capacityFor(agent, request.channel())
                && (agent.maxConcurrent() == null || agent.openTotal() < agent.maxConcurrent());
    }

    public int capacityFor(AgentState agent, Channel channel) {
        return agent.capacity().getOrDefault(channel, defaultCapacity);
    }

    /** The channels on which the agent could take another conversation now, ignoring presence. */
    public Set<Channel> channelsWithRoom(AgentState agent) {
        Set<Channel> open = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (agent.openOn(channel) < capacityFor(agent, channel)) {
                open.add(channel);
            }
        }
        return open;
    }

    /** How many more conversations the agent could take now, over all channels and within its overall cap. */
    public int room(AgentState agent) {
        int room = 0;
        for (Channel channel : Channel.values()) {
            room += Math.max(0, capacityFor(agent, channel) - agent.openOn(channel));
        }
        return agent.maxConcurrent() == null ? room
                : Math.max(0, Math.min(room, agent.maxConcurrent() - agent.openTotal()));
    }

    /** Why this agent fits the request, as one sentence: "available, speaks es, 0 of 3 chat conversations open". */
    public Choice explain(AgentState agent, RoutingRequest request) {
        boolean speaks = Languages.speaks(agent.languages(), request.language());
        StringBuilder reason = new StringBuilder("available");
        if (request.language() != null) {
            reason.append(speaks ? ", speaks " : ", does not speak ").append(request.language());
        }
        reason.append(", ").append(agent.openOn(request.channel()))
                .append(" of ").append(capacityFor(agent, request.channel()))
                .append(' ').append(request.channel().name().toLowerCase(Locale.ROOT))
                .append(" conversations open");
        return new Choice(agent, speaks, reason.toString());
    }
}
