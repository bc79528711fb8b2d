package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.config.LifecycleSettings;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.OfferRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Ends offers nobody answered in time, one per transaction. The offer is claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so routers sweeping at once each take a different offer, and an accept or decline being applied at that
 * moment keeps its offer (the sweep skips it; the answer finds it no longer pending if the sweep won).
 */
@ApplicationScoped
public class OfferExpiry {

    private final OfferRepository offers;
    private final ConversationRepository conversations;
    private final AgentRepository agents;
    private final Revocations revocations;
    private final Offering offering;
    private final LifecycleSettings settings;
    private final Clock clock;

    public OfferExpiry(OfferRepository offers, ConversationRepository conversations, AgentRepository agents,
            Revocations revocations, Offering offering, LifecycleSettings settings, Clock clock) {
        this.offers = offers;
        this.conversations = conversations;
        this.agents = agents;
        this.revocations = revocations;
        this.offering = offering;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Expires the pending offer that lapsed first: the agent is told (revoked, reason expired), the miss counted,
     * and the conversation offered to the next best agent, never back to this one. The miss that reaches
     * {@code router.away-after-misses} sets the agent AWAY (reason missed-offers) and takes back their other offers.
     *
     * @return what to send once committed; empty when no offer is due
     */
    @WithTransaction
    public Uni<Optional<List<Delivery>>> expireNext() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return offers.lockNextExpired(now).chain(offer -> {
            if (offer == null) {
                return Uni.createFrom().item(Optional.<List<Delivery>>empty());
            }
            // Locks in the order every path takes: offer, conversation, agent.
            return conversations.lock(offer.conversationId)
                    .chain(() -> agents.lock(offer.agentId))
                    .chain(agent -> {
                        agent.consecutiveMisses++;
                        boolean away = agent.presence == Presence.AVAILABLE
                                && agent.consecutiveMisses >= settings.awayAfterMisses();
                        if (away) {
                            agent.presence = Presence.AWAY;
                            agent.consecutiveMisses = 0;
                            agent.updatedAt = now;
                        }
                        String reason = away ? Revocations.MISSED_OFFERS : Revocations.EXPIRED;
                        List<Delivery> made = new ArrayList<>();
                        return revocations.end(offer, OfferStatus.EXPIRED, reason).invoke(made::addAll)
                                .chain(() -> away ? revocations.pendingOffersOf(offer.agentId, Revocations.AGENT_AWAY)
                                        // The agent has room again: offer it another waiting conversation.
                                        : agents.lock(offer.agentId).chain(offering::queuedTo))
                                .invoke(made::addAll)
                                .map(ignored -> Optional.of(made));
                    });
        });
    }
}
