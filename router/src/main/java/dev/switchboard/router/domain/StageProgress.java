package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.QueueRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Moves waiting conversations out along the bullseye: once a conversation has waited as long as the rules' next
 * stage asks, it records that stage (stage, stage_since) and is offered again under the relaxed requirements.
 */
@ApplicationScoped
public class StageProgress {

    /** Conversations advanced per sweep at most, oldest first; the next sweep takes the rest. */
    static final int PER_SWEEP = 200;

    private final QueueRepository queue;
    private final RulesCatalog rules;
    private final Offering offering;
    private final Clock clock;

    public StageProgress(QueueRepository queue, RulesCatalog rules, Offering offering, Clock clock) {
        this.queue = queue;
        this.rules = rules;
        this.offering = offering;
        this.clock = clock;
    }

    /** Queued conversations that have waited long enough for a later stage than the one they recorded. */
    @WithSession
    public Uni<List<UUID>> due() {
        Instant now = now();
        return rules.current().chain(current -> {
            int last = current.stages().size() - 1;
            if (last == 0) {
                return Uni.createFrom().item(List.<UUID>of());
            }
            // Every advance needs at least the second stage's wait; the exact stage is decided per conversation.
            return queue.stageDue(last, now.minus(current.stages().get(1).after()), PER_SWEEP);
        });
    }

    /** Advances the conversation, under its row lock, and offers it again when its stage moved. */
    @WithTransaction
    public Uni<List<Delivery>> advance(UUID conversationId) {
        Instant now = now();
        return rules.current().chain(current -> queue.lockQueued(conversationId).chain(conversation -> {
            if (conversation == null || !RoutingRequests.advance(conversation, current, now)) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            return offering.toBestAgent(conversation).map(offer -> offer.map(List::of).orElseGet(List::of));
        }));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
