package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import dev.switchboard.router.persistence.QueueRepository;
import dev.switchboard.router.persistence.QueueRepository.QueuedConversation;
import dev.switchboard.router.routing.AgentMatcher;
import dev.switchboard.router.routing.AgentState;
import dev.switchboard.router.routing.BullseyeStage;
import dev.switchboard.router.routing.Candidate;
import dev.switchboard.router.routing.Explanation;
import dev.switchboard.router.routing.RoutingRequest;
import dev.switchboard.router.routing.RoutingRules;
import io.smallrye.mutiny.Uni;

/**
 * Gives queued conversations to agents, inside the caller's transaction, through {@link AgentMatcher#decide}: the
 * conversation's skills and bullseye stage under the current rules, the agents it must not go to again, and the
 * customer's previous agent within {@code router.sticky-window}. The core ranks a snapshot; the pick is then
 * confirmed under the agent's row lock against a fresh count of what the agent holds, so two decisions racing for
 * the same agent (here or on another instance) cannot push it over capacity; a decision passes over an agent another
 * transaction has locked rather than wait, so decisions never wait for each other in a cycle. Every decision is
 * stored with the conversation as a {@link RoutingExplanation}.
 */
@ApplicationScoped
public class Offering {

    /** Queued conversations read per page when an agent with room looks through the queue. */
    static final int QUEUE_PAGE = 50;

    private final AgentRepository agents;
    private final ConversationRepository conversations;
    private final QueueRepository queue;
    private final MessageRepository messages;
    private final OfferRepository offers;
    private final CustomerRepository customers;
    private final RulesCatalog rules;
    private final AgentMatcher matcher;
    private final AgentCalendars calendars;
    private final RouterSettings settings;
    private final RouterMetrics metrics;
    private final Clock clock;

    public Offering(AgentRepository agents, ConversationRepository conversations, QueueRepository queue,
            MessageRepository messages, OfferRepository offers, CustomerRepository customers, RulesCatalog rules,
            AgentMatcher matcher, AgentCalendars calendars, RouterSettings settings, RouterMetrics metrics,
            Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.queue = queue;
        this.messages = messages;
        this.offers = offers;
        this.customers = customers;
        this.rules = rules;
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
     * Offers a QUEUED conversation to the agent named, when that agent is eligible for it now (available, on
     * shift, with room, meeting the conversation's stage); empty otherwise.
     */
    public Uni<Optional<Delivery>> toAgent(ConversationEntity conversation, String agentId) {
        Instant now = now();
        return rules.current().chain(current -> offers.excludedFrom(conversation.id).chain(excluded -> {
            RoutingRequests.advance(conversation, current, now);
            RoutingRequest request = RoutingRequests.of(conversation, current, excluded, null);
            return agents.lock(agentId).chain(agent -> {
                if (agent == null) {
                    return Uni.createFrom().item(Optional.<Delivery>empty());
                }
                return stateOf(agent).chain(state -> {
                    Explanation decision = matcher.decide(request, List.of(state), now, 1);
                    if (decision.chosen() == null) {
                        return Uni.createFrom().item(Optional.<Delivery>empty());
                    }
                    String why = "named in a transfer; " + matcher.explain(state, request).reason();
                    conversation.explanation = RoutingExplanation.of(decision, request, current.version(), 1,
                            decision.chosen(), why, now);
                    return messages.latest(conversation.id)
                            .chain(latest -> offer(conversation, agent, why, latest))
                            .map(Optional::<Delivery>of);
                });
            });
        }));
    }

    /**
     * Offers an agent, whose row the caller has locked, the best queued conversations it is eligible for and has
     * room for: highest priority first, then the longest waiting; never one it declined, let expire or handed on.
     * The queue is read page by page until the agent's room is filled or the queue is exhausted, so conversations
     * it cannot serve ahead of ones it can never leave its room unused.
     */
    public Uni<List<Delivery>> queuedTo(AgentEntity agent) {
        Instant now = now();
        if (agent == null || agent.presence != Presence.AVAILABLE || !calendars.of(agent).onShift(now)) {
            return Uni.createFrom().item(List.of());
        }
        return stateOf(agent).chain(state -> {
            if (matcher.room(state) == 0) {
                return Uni.createFrom().item(List.<Delivery>of());
            }
            return rules.current().chain(current -> {
                List<Delivery> made = new ArrayList<>();
                return servePages(agent, state, current, languagesFilter(state, current), null, made, now)
                        .replaceWith(made);
            });
        });
    }

    private Uni<Void> servePages(AgentEntity agent, AgentState state, RoutingRules current, Set<String> languages,
            QueuedConversation after, List<Delivery> made, Instant now) {
        return queue.pageFor(agent.id, matcher.channelsWithRoom(state), languages, after, QUEUE_PAGE)
                .chain(page -> serveInTurn(agent, state, current, page, 0, made, now).chain(left -> {
                    if (left == null || page.size() < QUEUE_PAGE) {
                        return Uni.createFrom().voidItem();
                    }
                    return servePages(agent, left, current, languages, page.get(page.size() - 1), made, now);
                }));
    }

    /** Offers the page's conversations in order while the agent has room; the agent's state after, null if full. */
    private Uni<AgentState> serveInTurn(AgentEntity agent, AgentState state, RoutingRules current,
            List<QueuedConversation> page, int next, List<Delivery> made, Instant now) {
        if (matcher.room(state) == 0) {
            return Uni.createFrom().nullItem();
        }
        if (next == page.size()) {
            return Uni.createFrom().item(state);
        }
        QueuedConversation waiting = page.get(next);
        int stage = RoutingRequests.stageReached(waiting.stage(), waiting.queuedSince(), current, now);
        RoutingRequest request = RoutingRequests.of(waiting.channel(), waiting.language(), waiting.skills(), stage,
                current, Set.of(), null);
        if (matcher.exclusion(state, request, now).isPresent()) {
            return serveInTurn(agent, state, current, page, next + 1, made, now);
        }
        return queue.lockQueued(waiting.id()).chain(conversation -> {
            if (conversation == null) {
                return serveInTurn(agent, state, current, page, next + 1, made, now);
            }
            RoutingRequests.advance(conversation, current, now);
            Explanation decision = matcher.decide(request, List.of(state), now, 1);
            String why = "room freed; " + matcher.explain(state, request).reason();
            conversation.explanation = RoutingExplanation.of(decision, request, current.version(), 1,
                    decision.chosen(), why, now);
            return messages.latest(conversation.id)
                    .chain(latest -> offer(conversation, agent, why, latest))
                    .invoke(made::add)
                    .chain(() -> serveInTurn(agent, state.holdingOneMore(conversation.channel), current, page,
                            next + 1, made, now));
        });
    }

    /**
     * The primary subtags the agent speaks, for the queue scan to skip conversations in other languages; null when
     * some stage of the rules requires no language, so language cannot rule a conversation out.
     */
    private static Set<String> languagesFilter(AgentState state, RoutingRules current) {
        for (BullseyeStage stage : current.stages()) {
            if (stage.minLanguageLevel() <= 0) {
                return null;
            }
        }
        Set<String> primaries = new TreeSet<>();
        state.languages().forEach((tag, level) -> {
            if (level != null && level > 0) {
                int dash = tag.indexOf('-');
                primaries.add((dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT));
            }
        });
        return primaries;
    }

    private Uni<Optional<Delivery>> decide(ConversationEntity conversation, MessageEntity latest) {
        Instant now = now();
        return rules.current().chain(current -> customerOf(conversation).chain(customer -> {
            RoutingRequests.advance(conversation, current, now);
            // The snapshot flushes the session first, so it sees this transaction's own changes.
            return agents.availableSnapshot(conversation.id).chain(snapshot -> {
                RoutingRequest request = RoutingRequests.of(conversation, current, snapshot.excluded(),
                        previousAgent(customer, now));
                List<AgentState> states = snapshot.agents().stream().map(a -> AgentStates.of(a,
                        snapshot.held().getOrDefault(a.id, Map.of()), calendars.of(a))).toList();
                Explanation ranked = matcher.decide(request, states, now, Integer.MAX_VALUE);
                return firstStillEligible(conversation, customer, latest, request, current, ranked,
                        new Snapshot(states.size(), snapshot.notAvailable()), 0, now);
            });
        }));
    }

    private Uni<CustomerEntity> customerOf(ConversationEntity conversation) {
        return conversation.customerId == null ? Uni.createFrom().nullItem()
                : customers.findById(conversation.customerId);
    }

    /** The customer's previous agent while the sticky window lasts; null otherwise. */
    private String previousAgent(CustomerEntity customer, Instant now) {
        return customer == null || customer.lastAgentId == null || customer.lastAgentAt == null
                || customer.lastAgentAt.plus(settings.stickyWindow()).isBefore(now) ? null : customer.lastAgentId;
    }

    /**
     * Tries the ranked agents in turn, each confirmed under its row lock against what it holds now; one whose row
     * another transaction holds is passed over ({@link AgentRepository#lockUnlessBusy}), never waited for.
     */
    private Uni<Optional<Delivery>> firstStillEligible(ConversationEntity conversation, CustomerEntity customer,
            MessageEntity latest, RoutingRequest request, RoutingRules current, Explanation ranked,
            Snapshot considered, int next, Instant now) {
        if (next == ranked.candidates().size()) {
            conversation.explanation = RoutingExplanation.of(ranked, request, current.version(),
                    considered.available(), considered.notAvailable(), null, ranked.eligible() == 0
                            ? "nobody eligible at stage " + request.stage() + "; waiting"
                            : "every eligible agent filled up or was busy with another decision; waiting",
                    now);
            return Uni.createFrom().item(Optional.empty());
        }
        Candidate candidate = ranked.candidates().get(next);
        return agents.lockUnlessBusy(candidate.agentId())
                .chain(agent -> agent == null ? Uni.createFrom().item(Optional.<Delivery>empty())
                        : stateOf(agent).chain(fresh -> {
                            if (matcher.exclusion(fresh, request, now).isPresent()) {
                                return Uni.createFrom().item(Optional.<Delivery>empty());
                            }
                            String why = (candidate.sticky() ? "the customer's previous agent; " : "")
                                    + matcher.explain(fresh, request).reason();
                            conversation.explanation = RoutingExplanation.of(ranked, request, current.version(),
                                    considered.available(), considered.notAvailable(), candidate, why, now);
                            return offer(conversation, customer, agent, why, latest).map(Optional::of);
                        }))
                .chain(made -> made.isPresent() ? Uni.createFrom().item(made)
                        : firstStillEligible(conversation, customer, latest, request, current, ranked, considered,
                                next + 1, now));
    }

    /** How many agents a decision ranked (the AVAILABLE ones) and how many it left out for not being AVAILABLE. */
    private record Snapshot(int available, int notAvailable) {
    }

    private Uni<AgentState> stateOf(AgentEntity agent) {
        return conversations.heldBy(agent.id).map(held -> AgentStates.of(agent, held, calendars.of(agent)));
    }

    private Uni<Delivery> offer(ConversationEntity conversation, AgentEntity agent, String reason,
            MessageEntity latest) {
        return customerOf(conversation).chain(customer -> offer(conversation, customer, agent, reason, latest));
    }

    private Uni<Delivery> offer(ConversationEntity conversation, CustomerEntity customer, AgentEntity agent,
            String reason, MessageEntity latest) {
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
        return offers.persist(offer).map(stored -> Deliveries.offer(offer, conversation, customer, latest));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
