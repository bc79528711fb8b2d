package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.TeamNames;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The agents admins define. Presence and assignment times are the router's, and survive a redefinition. */
@ApplicationScoped
public class AgentDirectory {

    private final AgentRepository agents;
    private final Clock clock;

    public AgentDirectory(AgentRepository agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    /** Creates the agent, or replaces its definition. */
    @WithTransaction
    public Uni<AgentEntity> define(String id, AgentProfile profile) {
        return agents.lock(id).chain(existing -> {
            AgentEntity agent = existing != null ? existing : newAgent(id);
            agent.displayName = profile.displayName();
            agent.timeZone = profile.timeZone();
            agent.languages = new HashMap<>(profile.languages());
            agent.skills = new HashMap<>(profile.skills());
            Map<String, Integer> capacity = new HashMap<>();
            profile.capacity().forEach((channel, n) -> capacity.put(channel.name(), n));
            agent.capacity = capacity;
            agent.maxConcurrent = profile.maxConcurrent();
            agent.schedule = profile.schedule();
            agent.teams = new TeamNames(profile.teams());
            agent.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return existing != null ? Uni.createFrom().item(agent) : agents.persist(agent);
        });
    }

    @WithSession
    public Uni<AgentEntity> find(String id) {
        return agents.findById(id);
    }

    @WithSession
    public Uni<List<AgentEntity>> all() {
        return agents.all();
    }

    private static AgentEntity newAgent(String id) {
        AgentEntity agent = new AgentEntity();
        agent.id = id;
        agent.presence = Presence.OFFLINE;
        return agent;
    }
}
