package dev.switchboard.gateway.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;

/**
 * What is offered to and assigned to one agent, as far as the deliveries pushed to one of their sockets tell.
 * An agent may act only on that: accept or decline an offer they were made, reply to, close or transfer a
 * conversation they hold. The router remains the judge of whether an action is still in time; this only keeps an
 * agent from acting on someone else's conversations. Safe to use from any thread.
 */
public final class AgentWork {

    /** Offer id → the conversation it offers. */
    private final Map<String, String> offers = new HashMap<>();
    private final Set<String> conversations = new HashSet<>();

    /** Takes in a delivery that has been pushed to the socket. */
    public synchronized void delivered(Delivery delivery) {
        if (delivery instanceof Delivery.Offer offer) {
            offers.put(offer.offerId(), offer.conversationId());
        } else if (delivery instanceof Delivery.Assigned assigned) {
            offers.values().removeIf(assigned.conversationId()::equals);
            conversations.add(assigned.conversationId());
        } else if (delivery instanceof Delivery.Revoked revoked) {
            if (revoked.offerId() != null) {
                offers.remove(revoked.offerId());
            } else {
                conversations.remove(revoked.conversationId());
                offers.values().removeIf(revoked.conversationId()::equals);
            }
        }
    }

    /** Whether the agent may do this; presence is always theirs to set. */
    public synchronized boolean permits(AgentEvent event) {
        if (event instanceof AgentEvent.OfferAccepted accepted) {
            return offered(accepted.offerId(), accepted.conversationId());
        }
        if (event instanceof AgentEvent.OfferDeclined declined) {
            return offered(declined.offerId(), declined.conversationId());
        }
        String conversation = conversationOf(event);
        return conversation == null || conversations.contains(conversation);
    }

    /** The action has been published: an answered offer or a closed conversation cannot be acted on again. */
    public synchronized void acted(AgentEvent event) {
        if (event instanceof AgentEvent.OfferAccepted accepted) {
            offers.remove(accepted.offerId());
        } else if (event instanceof AgentEvent.OfferDeclined declined) {
            offers.remove(declined.offerId());
        } else if (event instanceof AgentEvent.ConversationClosed closed) {
            conversations.remove(closed.conversationId());
        }
    }

    /** The conversation an action is about; null for presence. */
    public static String conversationOf(AgentEvent event) {
        if (event instanceof AgentEvent.OfferAccepted e) {
            return e.conversationId();
        }
        if (event instanceof AgentEvent.OfferDeclined e) {
            return e.conversationId();
        }
        if (event instanceof AgentEvent.ReplySent e) {
            return e.conversationId();
        }
        if (event instanceof AgentEvent.ConversationClosed e) {
            return e.conversationId();
        }
        if (event instanceof AgentEvent.TransferRequested e) {
            return e.conversationId();
        }
        return null;
    }

    private boolean offered(String offerId, String conversationId) {
        return conversationId.equals(offers.get(offerId));
    }
}
