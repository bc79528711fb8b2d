package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.StaffRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Takes work back from agents whose shift has ended, as if they had gone offline (reason shift-ended): their
 * pending offers, and their unanswered conversations on the configured channels. Shift starts need no sweep of
 * their own: an agent on shift with room is served by {@link QueueService#serveAgentsWithRoom()}.
 */
@ApplicationScoped
public class ShiftEnds {

    private final StaffRepository staff;
    private final AgentRepository agents;
    private final AgentCalendars calendars;
    private final Revocations revocations;
    private final Clock clock;

    public ShiftEnds(StaffRepository staff, AgentRepository agents, AgentCalendars calendars,
            Revocations revocations, Clock clock) {
        this.staff = staff;
        this.agents = agents;
        this.calendars = calendars;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** Agents who hold work although their shift has ended. */
    @WithSession
    public Uni<List<String>> offShiftWithWork() {
        Instant now = clock.instant();
        return staff.holdingWork().chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<String>of())
                : staff.list("id in ?1", ids).map(holding -> holding.stream()
                        .filter(agent -> !calendars.of(agent).onShift(now))
                        .map(agent -> agent.id).toList()));
    }

    /** Takes the agent's work back if their shift has ended (checked again under the agent's lock). */
    @WithTransaction
    public Uni<List<Delivery>> release(String agentId) {
        return agents.lock(agentId).chain(agent -> {
            if (agent == null || agent.presence == Presence.OFFLINE || calendars.of(agent).onShift(clock.instant())) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            return revocations.pendingOffersOf(agentId, Revocations.SHIFT_ENDED)
                    .chain(revoked -> revocations.unansweredOf(agentId, Revocations.SHIFT_ENDED).map(requeued -> {
                        List<Delivery> all = new ArrayList<>(revoked);
                        all.addAll(requeued);
                        return all;
                    }));
        });
    }
}
