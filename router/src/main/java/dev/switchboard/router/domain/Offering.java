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
import dev.switchboard.router.persistence.QueueRepository;
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

    /**
     * Queued conversations read beyond an agent's room, so the ones it cannot serve (skills, declined) ahead of one it
     * can do not leave its room unused; the randomized QueueInvariantTest found 10 too few.
     */
    private static final int LOOKAHEAD = 500;

    private final AgentRepository agents;
    private final ConversationRepository conversations;
    private final QueueRepository queue;
    private final MessageRepository messages;
    private final OfferRepository offers;
    private final CustomerRepository customers;
    private final AgentMatcher matcher;
    private final AgentCalendars calendars;
    private final RouterSettings settings;
    private final RouterMetrics metrics;
    private final Clock clock;

    public Offering(AgentRepository agents, ConversationRepository conversations, QueueRepository queue,
            MessageRepository messages, OfferRepository offers, CustomerRepository customers, AgentMatcher matcher,
            AgentCalendars calendars, RouterSettings settings, RouterMetrics metrics, Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.queue = queue;
        this.messages = messages;
        this.offers = offers;
        this.customers = customers;
        this.matcher = matcher;
        this.calendars = calendars;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Offers a QUEUED conversation to the best eligible agent, never to one who declined it, let an offer of it
     * expire or handed it on; empty when nobody can take it (it stays queued).
     */
    public Uni<Optional<Delivery>> toBestAgent(ConversationEntity conversation, MessageEntity latest) {
        return metrics.timeDecision(() -> decide(conversation, latest), Optional::isPresent);
    }

    /** {@link #toBestAgent(ConversationEntity, MessageEntity)} with the conversation's latest message as preview. */
    public Uni<Optional<Delivery>> toBestAgent(ConversationEntity conversation) {
        return messages.latest(conversation.id).chain(latest -> toBestAgent(conversation, latest));
    }

    /**
     * Offers a QUEUED conversation to the agent named, when that agent can take it now (available, on shift,
     * with room); empty otherwise.
     */
    public Uni<Optional<Delivery>> toAgent(ConversationEntity conversation, String agentId) {
        Instant now = now();
        return agents.lock(agentId).chain(agent -> {
            if (agent == null || agent.presence != Presence.AVAILABLE || !calendars.of(agent).onShift(now)) {
                return Uni.createFrom().item(Optional.<Delivery>empty());
            }
            return conversations.heldBy(List.of(agent.id)).chain(held -> {
                AgentState state = AgentStates.of(agent, held.getOrDefault(agent.id, Map.of()));
                RoutingRequest request = RoutingRequest.of(conversation.channel, conversation.language);
                if (!matcher.eligible(state, request)) {
                    return Uni.createFrom().item(Optional.<Delivery>empty());
                }
                return messages.latest(conversation.id)
                        .chain(latest -> offer(conversation, agent, "named in a transfer", latest))
                        .map(Optional::<Delivery>of);
            });
        });
    }

    /**
     * Offers an agent, whose row the caller has locked, the best queued conversations it has room for: highest
     * priority first, then the longest waiting; never one it declined, let expire or handed on.
     */
    public Uni<List<Delivery>> queuedTo(AgentEntity agent) {
        Instant now = now();
        if (agent == null || agent.presence != Presence.AVAILABLE || !calendars.of(agent).onShift(now)) {
            return Uni.createFrom().item(List.of());
        }
        return conversations.heldBy(List.of(agent.id)).chain(held -> {
            AgentState state = AgentStates.of(agent, held.getOrDefault(agent.id, Map.of()));
            int room = matcher.room(state);
            if (room == 0) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            return queue.lockBestFor(agent.id, matcher.channelsWithRoom(state), room + LOOKAHEAD)
                    .chain(queued -> offerInTurn(agent, state, queued));
        });
    }

    private Uni<Optional<Delivery>> decide(ConversationEntity conversation, MessageEntity latest) {
        Instant now = now();
        // excludedFrom flushes the session first, so the snapshot sees this transaction's own changes.
        return offers.excludedFrom(conversation.id).chain(excluded -> {
            RoutingRequest request = new RoutingRequest(conversation.channel, conversation.language,
                    new HashSet<>(excluded));
            return agents.availableSnapshot().chain(available -> {
                List<AgentEntity> candidates = available.stream()
                        .filter(agent -> canServe(agent, conversation, now)).toList();
                return conversations.heldBy(candidates.stream().map(a -> a.id).toList()).chain(held -> {
                    List<AgentState> states = candidates.stream()
                            .map(a -> AgentStates.of(a, held.getOrDefault(a.id, Map.of()))).toList();
                    return firstStillEligible(conversation, latest, request, matcher.rank(request, states));
                });
            });
        });
    }

    /**
     * What the matcher does not know yet: the agent's shift, and every skill the conversation requires at its
     * level. Applied to the snapshot before ranking.
     */
    private boolean canServe(AgentEntity agent, ConversationEntity conversation, Instant now) {
        if (!calendars.of(agent).onShift(now)) {
            return false;
        }
        Map<String, Integer> has = agent.skills == null ? Map.of() : agent.skills;
        return conversation.skills.entrySet().stream()
                .allMatch(required -> has.getOrDefault(required.getKey(), 0) >= required.getValue());
    }

    /** Offers the conversations in order while the agent still has room for each one's channel. */
    private Uni<List<Delivery>> offerInTurn(AgentEntity agent, AgentState initial, List<ConversationEntity> queued) {
        AgentState[] state = { initial };
        List<Delivery> made = new ArrayList<>();
        Instant now = now();
        return Multi.createFrom().iterable(queued)
                .onItem().transformToUniAndConcatenate(conversation -> {
                    RoutingRequest request = RoutingRequest.of(conversation.channel, conversation.language);
                    if (!canServe(agent, conversation, now) || !matcher.eligible(state[0], request)) {
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
        Instant now = now();
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
