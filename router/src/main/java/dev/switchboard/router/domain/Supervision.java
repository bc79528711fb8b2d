package dev.switchboard.router.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.SupervisionRepository;
import dev.switchboard.router.persistence.SupervisionRepository.QueueSlice;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Read-only answers for the supervisor view: the queue, the agents' load, the conversations near their SLA. */
@ApplicationScoped
public class Supervision {

    private final SupervisionRepository supervision;
    private final AgentRepository agents;
    private final ConversationRepository conversations;

    public Supervision(SupervisionRepository supervision, AgentRepository agents,
            ConversationRepository conversations) {
        this.supervision = supervision;
        this.agents = agents;
        this.conversations = conversations;
    }

    @WithSession
    public Uni<List<QueueSlice>> queue() {
        return supervision.queueBreakdown();
    }

    /** Every agent with the conversations it holds (offered or assigned) per channel. */
    @WithSession
    public Uni<List<AgentLoad>> agentLoads() {
        return agents.all().chain(all -> conversations.heldBy(all.stream().map(a -> a.id).toList())
                .map(held -> all.stream()
                        .map(agent -> new AgentLoad(agent, held.getOrDefault(agent.id, Map.of())))
                        .toList()));
    }

    /** Open conversations owed a first response by the horizon, the most urgent first. */
    @WithSession
    public Uni<List<ConversationEntity>> dueBy(Instant horizon, int limit) {
        return supervision.dueBy(horizon, limit);
    }

    /** An agent and what it holds per channel; channels it holds nothing on are absent. */
    public record AgentLoad(AgentEntity agent, Map<Channel, Integer> held) {
    }
}
