package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.ArrayList;
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
 * The matching rules, applied to one agent at a time, and the straightforward decision that scans every agent.
 * {@link AgentIndex} makes the same decisions without the scan; this class is its reference.
 *
 * <p>Eligible: AVAILABLE, on shift at the decision instant, under capacity for the channel and overall, speaking
 * the conversation's language at the stage's level, with the stage's skills, and not excluded. Among the eligible:
 * the customer's previous agent, then higher language level, higher skill margin, lower occupancy, longest idle,
 * and the agent id, so the same state always gives the same answer.
 */
public final class AgentMatcher {

    public static final int DEFAULT_CANDIDATES = 3;

    private final int defaultCapacity;

    /** @param defaultCapacity open conversations allowed on a channel the agent's capacity does not list */
    public AgentMatcher(int defaultCapacity) {
        this.defaultCapacity = defaultCapacity;
    }

    /** Scans every agent: eligibility, exclusion counts and the best {@value #DEFAULT_CANDIDATES} candidates. */
    public Explanation decide(RoutingRequest request, Collection<AgentState> agents, Instant at) {
        return decide(request, agents, at, DEFAULT_CANDIDATES);
    }

    public Explanation decide(RoutingRequest request, Collection<AgentState> agents, Instant at, int limit) {
        Requirement requirement = Requirement.of(request);
        Exclusions excluded = Exclusions.NONE;
        List<Fit> eligible = new ArrayList<>();
        for (AgentState agent : agents) {
            Exclusion reason = exclusion(agent, requirement, request.excludedAgents(), at);
            if (reason == null) {
                eligible.add(Fit.of(agent, requirement, this));
            } else {
                excluded = excluded.plus(reason);
            }
        }
        eligible.sort(stickyFirst(request.previousAgentId()));
        List<Candidate> candidates = new ArrayList<>();
        for (Fit fit : eligible.subList(0, Math.min(limit, eligible.size()))) {
            candidates.add(fit.candidate(fit.agent().id().equals(request.previousAgentId())));
        }
        return new Explanation(request.stage(), candidates.isEmpty() ? null : candidates.get(0), candidates,
                eligible.size(), excluded);
    }

    /** Why the agent cannot take the conversation at {@code at}; empty when it can. */
    public Optional<Exclusion> exclusion(AgentState agent, RoutingRequest request, Instant at) {
        return Optional.ofNullable(exclusion(agent, Requirement.of(request), request.excludedAgents(), at));
    }

    public boolean eligible(AgentState agent, RoutingRequest request, Instant at) {
        return exclusion(agent, Requirement.of(request), request.excludedAgents(), at) == null;
    }

    public int capacityFor(AgentState agent, Channel channel) {
        return agent.capacity().getOrDefault(channel, defaultCapacity);
    }

    /** Conversations the agent may hold over all channels: the sum of its channel capacities, within its cap. */
    public int totalCapacity(AgentState agent) {
        int total = 0;
        for (Channel channel : Channel.values()) {
            total += capacityFor(agent, channel);
        }
        return agent.maxConcurrent() == null ? total : Math.min(total, agent.maxConcurrent());
    }

    /** Whether the agent could take one more conversation on the channel, ignoring presence and shift. */
    public boolean hasRoom(AgentState agent, Channel channel) {
        return agent.openOn(channel) < capacityFor(agent, channel)
                && (agent.maxConcurrent() == null || agent.openTotal() < agent.maxConcurrent());
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

    /** The rules in {@link Exclusion} order. */
    Exclusion exclusion(AgentState agent, Requirement requirement, Set<String> declined, Instant at) {
        if (agent.presence() != Presence.AVAILABLE) {
            return Exclusion.NOT_AVAILABLE;
        }
        if (!agent.shifts().onShift(at)) {
            return Exclusion.OFF_SHIFT;
        }
        if (!hasRoom(agent, requirement.channel())) {
            return Exclusion.NO_CAPACITY;
        }
        if (requirement.languageLevel(agent) < requirement.minLanguageLevel()) {
            return Exclusion.LANGUAGE;
        }
        if (!requirement.skillsMet(agent)) {
            return Exclusion.SKILL;
        }
        if (declined.contains(agent.id())) {
            return Exclusion.DECLINED;
        }
        return null;
    }

    private static Comparator<Fit> stickyFirst(String previousAgentId) {
        return Comparator.comparing((Fit fit) -> !fit.agent().id().equals(previousAgentId))
                .thenComparing(Fit.BEST_FIRST);
    }
}
