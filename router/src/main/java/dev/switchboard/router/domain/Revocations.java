package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.config.LifecycleSettings;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import dev.switchboard.router.persistence.QueueRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Takes work back from an agent, inside the caller's transaction: each conversation returns to the queue, keeping
 * the time it first queued, and goes on to the next best agent; the agent is sent a {@code revoked} delivery.
 */
@ApplicationScoped
public class Revocations {

    static final String EXPIRED = "expired";
    static final String MISSED_OFFERS = "missed-offers";
    static final String AGENT_AWAY = "agent-away";
    static final String AGENT_OFFLINE = "agent-offline";
    static final String SHIFT_ENDED = "shift-ended";

    private final ConversationRepository conversations;
    private final QueueRepository queue;
    private final OfferRepository offers;
    private final Offering offering;
    private final LifecycleSettings settings;
    private final Clock clock;

    public Revocations(ConversationRepository conversations, QueueRepository queue, OfferRepository offers,
            Offering offering, LifecycleSettings settings, Clock clock) {
        this.conversations = conversations;
        this.queue = queue;
        this.offers = offers;
        this.offering = offering;
        this.settings = settings;
        this.clock = clock;
    }

    /** Revokes every pending offer to the agent that no other transaction is deciding right now. */
    public Uni<List<Delivery>> pendingOffersOf(String agentId, String reason) {
        return offers.lockPendingTo(agentId)
                .chain(pending -> inTurn(pending, offer -> end(offer, OfferStatus.REVOKED, reason)));
    }

    /**
     * When an agent leaves: gives back the assigned conversations on the configured channels that the agent has
     * not written in yet; the others stay with the agent.
     */
    public Uni<List<Delivery>> unansweredOf(String agentId, String reason) {
        return queue.lockUnansweredBy(agentId, settings.requeueUnansweredOn())
                .chain(held -> inTurn(held, conversation -> takeBack(conversation, agentId, reason)));
    }

    /** Ends a pending offer, locked by the caller, and routes its conversation again. */
    Uni<List<Delivery>> end(OfferEntity offer, OfferStatus status, String reason) {
        return conversations.lock(offer.conversationId).chain(conversation -> {
            Instant now = now();
            offer.status = status;
            offer.decidedAt = now;
            offer.endedReason = reason;
            requeue(conversation, now);
            return routeAgain(conversation, Deliveries.revokedOffer(offer));
        });
    }

    /** Takes an assigned conversation, locked by the caller, back from its agent and routes it again. */
    Uni<List<Delivery>> takeBack(ConversationEntity conversation, String agentId, String reason) {
        Instant now = now();
        return offers.acceptedBy(conversation.id, agentId).chain(accepted -> {
            requeue(conversation, now);
            if (accepted == null) {
                return routeAgain(conversation, null);
            }
            accepted.endedReason = reason;
            return routeAgain(conversation, Deliveries.revokedAssignment(accepted, now));
        });
    }

    /** Back to the queue; queued_since is kept, the customer has been waiting since the conversation first queued. */
    static void requeue(ConversationEntity conversation, Instant now) {
        conversation.status = ConversationStatus.QUEUED;
        conversation.assignedAgentId = null;
        conversation.updatedAt = now;
    }

    private Uni<List<Delivery>> routeAgain(ConversationEntity conversation, Delivery revoked) {
        return offering.toBestAgent(conversation).map(next -> {
            List<Delivery> made = new ArrayList<>();
            if (revoked != null) {
                made.add(revoked);
            }
            next.ifPresent(made::add);
            return made;
        });
    }

    /** One after another: every step shares the transaction's single connection. */
    static <T> Uni<List<Delivery>> inTurn(List<T> items, Function<T, Uni<List<Delivery>>> step) {
        List<Delivery> made = new ArrayList<>();
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> step.apply(item).invoke(made::addAll))
                .collect().last()
                .replaceWith(made);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
