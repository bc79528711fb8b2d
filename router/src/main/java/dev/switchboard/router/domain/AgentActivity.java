package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Applies what an agent did, each event in one transaction. Events are idempotent: an accept or decline of an offer
 * that is no longer pending, or by another agent, changes nothing.
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
    private final Clock clock;

    public AgentActivity(AgentRepository agents, ConversationRepository conversations, OfferRepository offers,
            MessageRepository messages, CustomerRepository customers, Offering offering, Clock clock) {
        this.agents = agents;
        this.conversations = conversations;
        this.offers = offers;
        this.messages = messages;
        this.customers = customers;
        this.offering = offering;
        this.clock = clock;
    }

    /** @return what to send agents once the transaction has committed */
    @WithTransaction
    public Uni<List<Delivery>> apply(AgentEvent event) {
        if (event == null || event.agentId() == null || event.agentId().isBlank()) {
            throw new UnprocessableRecord("agent event without an agent id");
        }
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
        // Replies and transfers are routed by the matching work that follows (issue 7).
        return NOTHING;
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
            return event.presence() == Presence.AVAILABLE ? offering.queuedTo(agent) : NOTHING;
        });
    }

    private Uni<List<Delivery>> accept(AgentEvent.OfferAccepted event) {
        return pendingOffer(event, event.offerId()).chain(offer -> {
            if (offer == null) {
                return NOTHING;
            }
            return conversations.lock(offer.conversationId).chain(conversation -> {
                Instant now = now();
                offer.status = OfferStatus.ACCEPTED;
                offer.decidedAt = now;
                conversation.status = ConversationStatus.ASSIGNED;
                conversation.updatedAt = now;
                return customers.findById(conversation.customerId).chain(customer -> messages
                        .ofConversation(conversation.id)
                        .map(history -> List.<Delivery>of(
                                Deliveries.assigned(offer, conversation, customer, history, now))));
            });
        });
    }

    private Uni<List<Delivery>> decline(AgentEvent.OfferDeclined event) {
        return pendingOffer(event, event.offerId()).chain(offer -> {
            if (offer == null) {
                return NOTHING;
            }
            return conversations.lock(offer.conversationId).chain(conversation -> {
                Instant now = now();
                offer.status = OfferStatus.DECLINED;
                offer.decidedAt = now;
                requeue(conversation, now);
                return messages.latest(conversation.id)
                        .chain(latest -> offering.toBestAgent(conversation, latest))
                        .map(next -> next.map(List::of).orElseGet(List::of));
            });
        });
    }

    private Uni<List<Delivery>> close(AgentEvent.ConversationClosed event) {
        UUID id = uuid(event.conversationId(), "conversationId", event);
        return conversations.lock(id).chain(conversation -> {
            if (conversation == null || conversation.status != ConversationStatus.ASSIGNED
                    || !event.agentId().equals(conversation.assignedAgentId)) {
                LOG.debugf("Close of conversation %s by %s ignored: not assigned to them", id, event.agentId());
                return NOTHING;
            }
            Instant now = now();
            conversation.status = ConversationStatus.CLOSED;
            conversation.closedAt = now;
            conversation.updatedAt = now;
            // The agent has room again: offer it the oldest waiting conversation.
            return agents.lock(event.agentId()).chain(offering::queuedTo);
        });
    }

    /** The offer, locked, if it is still pending and was made to this agent; null otherwise. */
    private Uni<OfferEntity> pendingOffer(AgentEvent event, String offerId) {
        UUID id = uuid(offerId, "offerId", event);
        return offers.lock(id).map(offer -> {
            if (offer == null || offer.status != OfferStatus.PENDING || !event.agentId().equals(offer.agentId)) {
                LOG.debugf("Answer to offer %s by %s ignored: not a pending offer to them", id, event.agentId());
                return null;
            }
            return offer;
        });
    }

    private static void requeue(ConversationEntity conversation, Instant now) {
        // queued_since is kept: the customer has been waiting since it first queued.
        conversation.status = ConversationStatus.QUEUED;
        conversation.assignedAgentId = null;
        conversation.updatedAt = now;
    }

    private static UUID uuid(String value, String field, AgentEvent event) {
        try {
            return UUID.fromString(Objects.requireNonNull(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableRecord("agent event " + event.id() + " has no valid " + field);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
