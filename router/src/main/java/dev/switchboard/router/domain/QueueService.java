package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.QueueRepository;
import dev.switchboard.router.persistence.StaffRepository;
import dev.switchboard.router.routing.AgentMatcher;
import dev.switchboard.router.routing.ShiftCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The periodic look at the queue. Room freed by an event is offered at once by the transaction that freed it; but
 * a conversation that queues on one router while another frees room sees a snapshot taken before the other's
 * commit, and neither offers it. This sweep closes that race: every available agent on shift with room is offered
 * the best waiting conversations it can take, each agent in a transaction of its own under its row lock.
 */
@ApplicationScoped
public class QueueService {

    /** Agents served per sweep, longest idle first; the next sweep serves the rest. */
    static final int AGENTS_PER_SWEEP = 50;

    private final QueueRepository queue;
    private final AgentRepository agents;
    private final StaffRepository staff;
    private final ConversationRepository conversations;
    private final AgentMatcher matcher;
    private final AgentCalendars calendars;
    private final Offering offering;
    private final RouterMetrics metrics;
    private final Clock clock;

    public QueueService(QueueRepository queue, AgentRepository agents, StaffRepository staff,
            ConversationRepository conversations, AgentMatcher matcher, AgentCalendars calendars, Offering offering,
            RouterMetrics metrics, Clock clock) {
        this.queue = queue;
        this.agents = agents;
        this.staff = staff;
        this.conversations = conversations;
        this.matcher = matcher;
        this.calendars = calendars;
        this.offering = offering;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Available agents on shift with room, longest idle first, when anything is queued at all. */
    @WithSession
    public Uni<List<String>> agentsWithRoom() {
        Instant now = clock.instant();
        return queue.count("status", ConversationStatus.QUEUED).chain(queued -> queued == 0
                ? Uni.createFrom().item(List.<String>of())
                : agents.availableSnapshot().map(snapshot -> snapshot.agents().stream()
                        .filter(agent -> calendars.of(agent).onShift(now))
                        .filter(a -> matcher.room(AgentStates.of(a, snapshot.held().getOrDefault(a.id, Map.of()),
                                ShiftCalendar.ALWAYS)) > 0)
                        .sorted(Comparator.comparing((AgentEntity a) -> a.lastAssignedAt,
                                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(a -> a.id))
                        .limit(AGENTS_PER_SWEEP)
                        .map(a -> a.id).toList()));
    }

    /** Offers the agent, under its row lock, the best waiting conversations it has room for. */
    @WithTransaction
    public Uni<List<Delivery>> serve(String agentId) {
        return agents.lock(agentId).chain(offering::queuedTo);
    }

    /** Reads queue depth and oldest waits (per channel and language, per skill and language) and available agents into the gauges. */
    @WithSession
    public Uni<Void> refreshGauges() {
        return queue.depth().invoke(rows -> metrics.queue(rows, clock.instant()))
                .chain(queue::depthBySkill).invoke(rows -> metrics.queueBySkill(rows, clock.instant()))
                .chain(() -> staff.available()).invoke(metrics::agentsAvailable)
                .replaceWithVoid();
    }
}
