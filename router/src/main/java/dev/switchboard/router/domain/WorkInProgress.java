package dev.switchboard.router.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferEntity;
import dev.switchboard.router.persistence.OfferRepository;
import dev.switchboard.router.persistence.QueueRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** An agent's open offers and assigned conversations, rebuilt from the database for a reconnecting agent. */
@ApplicationScoped
public class WorkInProgress {

    private final OfferRepository offers;
    private final QueueRepository queue;
    private final ConversationRepository conversations;
    private final CustomerRepository customers;
    private final MessageRepository messages;
    private final Clock clock;

    public WorkInProgress(OfferRepository offers, QueueRepository queue, ConversationRepository conversations,
            CustomerRepository customers, MessageRepository messages, Clock clock) {
        this.offers = offers;
        this.queue = queue;
        this.conversations = conversations;
        this.customers = customers;
        this.messages = messages;
        this.clock = clock;
    }

    @WithSession
    public Uni<AgentWork> of(String agentId) {
        return offers.openTo(agentId, clock.instant())
                .chain(open -> inTurn(open, this::offer))
                .chain(offered -> queue.assignedTo(agentId)
                        .chain(held -> inTurn(held, conversation -> offers.acceptedBy(conversation.id, agentId)
                                .chain(accepted -> accepted == null ? Uni.createFrom().<Delivery.Assigned>nullItem()
                                        : customers.findById(conversation.customerId)
                                                .chain(customer -> messages.ofConversation(conversation.id)
                                                        .map(history -> Deliveries.assigned(accepted, conversation,
                                                                customer, history))))))
                        .map(assigned -> new AgentWork(offered,
                                assigned.stream().filter(Objects::nonNull).toList())));
    }

    private Uni<Delivery.Offer> offer(OfferEntity offer) {
        return conversations.findById(offer.conversationId).chain(conversation -> customers
                .findById(conversation.customerId)
                .chain(customer -> messages.latest(conversation.id)
                        .map(latest -> Deliveries.offer(offer, conversation, customer, latest))));
    }

    private static <T, R> Uni<List<R>> inTurn(List<T> items, Function<T, Uni<? extends R>> step) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(step).collect().asList();
    }
}
