package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import dev.switchboard.router.routing.AgentMatcher;
import dev.switchboard.router.routing.AgentState;
import dev.switchboard.router.routing.Choice;
import dev.switchboard.router.routing.RoutingRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Gives queued conversations to agents, inside the caller's transaction. The routing core picks from a snapshot;
 * the pick is then confirmed under the agent's row lock against a fresh count of what the agent holds, so two
 * decisions racing for the same agent (here or on another instance) cannot push it over capacity.
 */
@ApplicationScoped
public class Offering {

    private final AgentRepository agents;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final OfferRepository offers;
    private final CustomerRepository customers;
    private final AgentMatcher matcher;
    private final RouterSettings settings;
    private final Clock clock;

    public Offering(AgentRepository agents, ConversationRepository conversations, MessageRepository messages,
            OfferRepository offers, CustomerRepository customers, AgentMatcher matcher, RouterSettings settings,
            Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.messages = messages;
        this.offers = offers;
        this.customers = customers;
        this.matcher = matcher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Offers a QUEUED conversation to the best eligible agent; empty when nobody can take it (it stays queued). */
    public Uni<Optional<Delivery>> toBestAgent(ConversationEntity conversation, MessageEntity latest) {
        return offers.declinersOf(conversation.id).chain(decliners -> {
            RoutingRequest request = new RoutingRequest(conversation.channel, conversation.language,
                    new HashSet<>(decliners));
            return agents.availableSnapshot().chain(available -> conversations
                    .heldBy(available.stream().map(a -> a.id).toList())
                    .chain(held -> {
                        List<AgentState> states = available.stream()
                                .map(a -> AgentStates.of(a, held.getOrDefault(a.id, Map.of()))).toList();
                        return firstStillEligible(conversation, latest, request, matcher.rank(request, states));
                    }));
        });
    }

    /**
     * Offers an agent, whose row the caller has locked, the oldest queued conversations it has room for
     * (never one it declined).
     */
    public Uni<List<Delivery>> queuedTo(AgentEntity agent) {
        if (agent.presence != Presence.AVAILABLE) {
            return Uni.createFrom().item(List.of());
        }
        return conversations.heldBy(List.of(agent.id)).chain(held -> {
            AgentState state = AgentStates.of(agent, held.getOrDefault(agent.id, Map.of()));
            int room = matcher.room(state);
            if (room == 0) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            return conversations.oldestQueuedFor(agent.id, matcher.channelsWithRoom(state), room)
                    .chain(queued -> offerInTurn(agent, state, queued));
        });
    }

    /** Offers the conversations in order while the agent still has room for each one's channel. */
    private Uni<List<Delivery>> offerInTurn(AgentEntity agent, AgentState initial, List<ConversationEntity> queued) {
        AgentState[] state = { initial };
        List<Delivery> made = new ArrayList<>();
        return Multi.createFrom().iterable(queued)
                .onItem().transformToUniAndConcatenate(conversation -> {
                    RoutingRequest request = RoutingRequest.of(conversation.channel, conversation.language);
                    if (!matcher.eligible(state[0], request)) {
                        return Uni.createFrom().voidItem();
                    }
                    String reason = matcher.explain(state[0], request).reason();
                    state[0] = state[0].holdingOneMore(conversation.channel);
                    return messages.latest(conversation.id)
                            .chain(latest -> offer(conversation, agent, reason, latest))
                            .invoke(made::add).replaceWithVoid();
                })
                .collect().last()
                .replaceWith(made);
    }

    /** Tries the ranked agents in turn, each confirmed under its row lock against what it holds now. */
    private Uni<Optional<Delivery>> firstStillEligible(ConversationEntity conversation, MessageEntity latest,
            RoutingRequest request, List<Choice> ranked) {
        if (ranked.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        List<Choice> rest = ranked.subList(1, ranked.size());
        return agents.lock(ranked.get(0).agent().id())
                .chain(agent -> conversations.heldBy(List.of(agent.id)).chain(held -> {
                    AgentState fresh = AgentStates.of(agent, held.getOrDefault(agent.id, Map.of()));
                    if (!matcher.eligible(fresh, request)) {
                        return firstStillEligible(conversation, latest, request, rest);
                    }
                    return offer(conversation, agent, matcher.explain(fresh, request).reason(), latest)
                            .map(Optional::<Delivery>of);
                }));
    }

    private Uni<Delivery> offer(ConversationEntity conversation, AgentEntity agent, String reason,
            MessageEntity latest) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OfferEntity offer = new OfferEntity();
        offer.id = UUID.randomUUID();
        offer.conversationId = conversation.id;
        offer.agentId = agent.id;
        offer.status = OfferStatus.PENDING;
        offer.reason = reason;
        offer.createdAt = now;
        offer.expiresAt = now.plus(settings.offerTimeout().of(conversation.channel));
        conversation.status = ConversationStatus.OFFERED;
        conversation.assignedAgentId = agent.id;
        conversation.updatedAt = now;
        // An offer counts as an assignment for idleness, so offers rotate among equally free agents.
        agent.lastAssignedAt = now;
        return offers.persist(offer)
                .chain(() -> customers.findById(conversation.customerId))
                .map(customer -> Deliveries.offer(offer, conversation, customer, latest));
    }
}
