package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Applies what an agent did, each event in one transaction. Events are idempotent: an accept or decline of an offer
 * that is no longer pending, or by another agent, changes nothing; nor does a close of a conversation the agent
 * does not hold. Locks are taken offer, then conversation, then agent, the order every path uses.
 */
@ApplicationScoped
public class AgentActivity {

    private static final Logger LOG = Logger.getLogger(AgentActivity.class);
    private static final Uni<List<Delivery>> NOTHING = Uni.createFrom().item(List.of());

    private final AgentRepository agents;
    private final ConversationRepository conversations;
    private final OfferRepository offers;
    private final MessageRepository messages;
    private final CustomerRepository customers;
    private final Offering offering;
    private final Revocations revocations;
    private final Replies replies;
    private final Transfers transfers;
    private final Clock clock;

    public AgentActivity(AgentRepository agents, ConversationRepository conversations, OfferRepository offers,
            MessageRepository messages, CustomerRepository customers, Offering offering, Revocations revocations,
            Replies replies, Transfers transfers, Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.offers = offers;
        this.messages = messages;
        this.customers = customers;
        this.offering = offering;
        this.revocations = revocations;
        this.replies = replies;
        this.transfers = transfers;
        this.clock = clock;
    }

    /** @return what to publish once the transaction has committed */
    @WithTransaction
    public Uni<Outcome> apply(AgentEvent event) {
        if (event == null || event.agentId() == null || event.agentId().isBlank()) {
            throw new UnprocessableRecord("agent event without an agent id");
        }
        if (event instanceof AgentEvent.ReplySent reply) {
            return replies.apply(reply, uuid(reply.conversationId(), "conversationId", event));
        }
        return deliveries(event).map(Outcome::of);
    }

    private Uni<List<Delivery>> deliveries(AgentEvent event) {
        if (event instanceof AgentEvent.PresenceChanged presence) {
            return presence(presence);
        }
        if (event instanceof AgentEvent.OfferAccepted accepted) {
            return accept(accepted);
        }
        if (event instanceof AgentEvent.OfferDeclined declined) {
            return decline(declined);
        }
        if (event instanceof AgentEvent.ConversationClosed closed) {
            return close(closed);
        }
        if (event instanceof AgentEvent.TransferRequested transfer) {
            return transfers.apply(transfer, uuid(transfer.conversationId(), "conversationId", event));
        }
        throw new UnprocessableRecord("agent event " + event.id() + " of an unknown kind");
    }

    private Uni<List<Delivery>> presence(AgentEvent.PresenceChanged event) {
        if (event.presence() == null) {
            throw new UnprocessableRecord("presence event " + event.id() + " has no presence");
        }
        return agents.lock(event.agentId()).chain(agent -> {
            if (agent == null) {
                LOG.infof("Presence of unknown agent %s ignored; create the agent first", event.agentId());
                return NOTHING;
            }
            agent.presence = event.presence();
            agent.updatedAt = now();
            if (event.presence() == Presence.AVAILABLE) {
                // Back at the desk: past misses no longer count, and the agent's room goes to the queue.
                agent.consecutiveMisses = 0;
                return offering.queuedTo(agent);
            }
            if (event.presence() == Presence.OFFLINE) {
                return revocations.pendingOffersOf(agent.id, Revocations.AGENT_OFFLINE)
                        .chain(revoked -> revocations.unansweredOf(agent.id, Revocations.AGENT_OFFLINE)
                                .map(requeued -> concat(revoked, requeued)));
            }
            return NOTHING;
        });
    }

    private Uni<List<Delivery>> accept(AgentEvent.OfferAccepted event) {
        return pendingOffer(event, event.offerId(), event.conversationId(), "accept").chain(offer -> {
            if (offer == null) {
                return NOTHING;
            }
            return conversations.lock(offer.conversationId).chain(conversation -> {
                Instant now = now();
                offer.status = OfferStatus.ACCEPTED;
                offer.decidedAt = now;
                conversation.status = ConversationStatus.ASSIGNED;
                conversation.updatedAt = now;
                return agents.lock(offer.agentId).invoke(agent -> agent.consecutiveMisses = 0)
                        .chain(() -> customers.findById(conversation.customerId))
                        .invoke(customer -> {
                            // Sticky routing sends the customer's next conversation to this agent when it can.
                            customer.lastAgentId = offer.agentId;
                            customer.lastAgentAt = now;
                        })
                        .chain(customer -> messages.ofConversation(conversation.id)
                                .map(history -> List.<Delivery>of(
                                        Deliveries.assigned(offer, conversation, customer, history))));
            });
        });
    }

    private Uni<List<Delivery>> decline(AgentEvent.OfferDeclined event) {
        return pendingOffer(event, event.offerId(), event.conversationId(), "decline").chain(offer -> {
            if (offer == null) {
                return NOTHING;
            }
            return conversations.lock(offer.conversationId).chain(conversation -> {
                Instant now = now();
                offer.status = OfferStatus.DECLINED;
                offer.decidedAt = now;
                Revocations.requeue(conversation, now);
                List<Delivery> made = new ArrayList<>();
                return agents.lock(event.agentId()).invoke(agent -> agent.consecutiveMisses = 0)
                        .chain(() -> offering.toBestAgent(conversation))
                        .invoke(next -> next.ifPresent(made::add))
                        // The decliner has room again; read it afresh, routing may have detached it.
                        .chain(() -> agents.lock(event.agentId()))
                        .chain(offering::queuedTo)
                        .map(freed -> concat(made, freed));
            });
        });
    }

    private Uni<List<Delivery>> close(AgentEvent.ConversationClosed event) {
        UUID id = uuid(event.conversationId(), "conversationId", event);
        return conversations.lock(id).chain(conversation -> {
            if (conversation == null || conversation.status != ConversationStatus.ASSIGNED
                    || !event.agentId().equals(conversation.assignedAgentId)) {
                Audit.ignored(event.agentId(), "close", id);
                return NOTHING;
            }
            Instant now = now();
            conversation.status = ConversationStatus.CLOSED;
            conversation.disposition = blankToNull(event.disposition());
            conversation.closedAt = now;
            conversation.updatedAt = now;
            // The agent has room again: offer it the best waiting conversation.
            return agents.lock(event.agentId()).chain(offering::queuedTo);
        });
    }

    /** The offer, locked, if it is still pending and was made to this agent; null otherwise. */
    private Uni<OfferEntity> pendingOffer(AgentEvent event, String offerId, String conversationId, String action) {
        UUID id = uuid(offerId, "offerId", event);
        return offers.lock(id).map(offer -> {
            if (offer == null || !event.agentId().equals(offer.agentId)) {
                Audit.ignored(event.agentId(), action, offer == null ? conversationId : offer.conversationId);
                return null;
            }
            if (offer.status != OfferStatus.PENDING) {
                LOG.debugf("Answer to offer %s by %s ignored: it is %s", id, event.agentId(), offer.status);
                return null;
            }
            return offer;
        });
    }

    static UUID uuid(String value, String field, AgentEvent event) {
        try {
            return UUID.fromString(Objects.requireNonNull(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableRecord("agent event " + event.id() + " has no valid " + field);
        }
    }

    private static List<Delivery> concat(List<Delivery> first, List<Delivery> second) {
        List<Delivery> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
