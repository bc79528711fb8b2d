package dev.switchboard.router.domain;

import java.util.EnumMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.AgentState;
import dev.switchboard.router.routing.ShiftCalendar;

/** Turns a stored agent and the conversations it holds into the routing core's view of it. */
final class AgentStates {

    private AgentStates() {
    }

    static AgentState of(AgentEntity agent, Map<Channel, Integer> held, ShiftCalendar shifts) {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        agent.capacity.forEach((channel, n) -> capacity.put(Channel.valueOf(channel), n));
        return new AgentState(agent.id, agent.presence, agent.languages, agent.skills, capacity, agent.maxConcurrent,
                held, agent.lastAssignedAt, shifts);
    }
}
