package dev.switchboard.router.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Read-only views of conversations for supervisors. */
@ApplicationScoped
public class ConversationLookup {

    private final ConversationRepository conversations;
    private final CustomerRepository customers;
    private final MessageRepository messages;
    private final OfferRepository offers;

    public ConversationLookup(ConversationRepository conversations, CustomerRepository customers,
            MessageRepository messages, OfferRepository offers) {
        this.conversations = conversations;
        this.customers = customers;
        this.messages = messages;
        this.offers = offers;
    }

    /** The conversation with its customer, messages and offers; null if there is none with that id. */
    @WithSession
    public Uni<ConversationRecord> find(UUID id) {
        return conversations.findById(id).chain(conversation -> conversation == null
                ? Uni.createFrom().nullItem()
                : customers.findById(conversation.customerId).chain(customer -> messages.ofConversation(id)
                        .chain(history -> offers.ofConversation(id).chain(offered -> conversations
                                .explanationOf(id).map(explanation -> new ConversationRecord(conversation, customer,
                                        history, offered, explanation))))));
    }

    /** A page of the conversations the filter lets through; see {@link ConversationRepository#search}. */
    @WithSession
    public Uni<List<ConversationEntity>> list(ConversationFilter filter, int offset, int limit) {
        return conversations.search(filter, offset, limit);
    }
}
