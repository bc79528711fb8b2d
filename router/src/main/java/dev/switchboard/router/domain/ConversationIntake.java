package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Takes in one customer message: stores it once, threads it into its conversation, and offers a new conversation
 * to an agent, all in one transaction. A message already stored (a Kafka redelivery, a connector retry) changes
 * nothing.
 */
@ApplicationScoped
public class ConversationIntake {

    private static final Logger LOG = Logger.getLogger(ConversationIntake.class);

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final CustomerRepository customers;
    private final Offering offering;
    private final Clock clock;

    public ConversationIntake(ConversationRepository conversations, MessageRepository messages,
            CustomerRepository customers, Offering offering, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.customers = customers;
        this.offering = offering;
        this.clock = clock;
    }

    /** @return what to send agents once the transaction has committed */
    @WithTransaction
    public Uni<List<Delivery>> receive(InboundMessage message) {
        check(message);
        return messages.exists(message.channel(), message.provider(), message.providerMessageId())
                .chain(duplicate -> {
                    if (duplicate) {
                        LOG.debugf("Message %s was stored before; nothing to do", message.id());
                        return Uni.createFrom().item(List.<Delivery>of());
                    }
                    return conversations.findOpenByKey(message.conversationKey())
                            .chain(open -> open == null ? start(message) : append(open, message));
                });
    }

    private Uni<List<Delivery>> start(InboundMessage inbound) {
        Instant now = now();
        CustomerEntity customer = customer(inbound.customer(), now);
        ConversationEntity conversation = new ConversationEntity();
        conversation.id = UUID.randomUUID();
        conversation.conversationKey = inbound.conversationKey();
        conversation.channel = inbound.channel();
        conversation.provider = inbound.provider();
        conversation.customerId = customer.id;
        conversation.status = ConversationStatus.QUEUED;
        conversation.language = blankToNull(inbound.languageHint());
        conversation.subject = inbound.subject();
        conversation.createdAt = now;
        conversation.queuedSince = now;
        conversation.updatedAt = now;
        MessageEntity message = message(conversation, inbound, now);
        return customers.persist(customer)
                .chain(() -> conversations.persist(conversation))
                .chain(() -> messages.persist(message))
                .chain(() -> offering.toBestAgent(conversation, message))
                .map(offer -> offer.map(List::of).orElseGet(List::of));
    }

    private Uni<List<Delivery>> append(ConversationEntity conversation, InboundMessage inbound) {
        Instant now = now();
        MessageEntity message = message(conversation, inbound, now);
        conversation.updatedAt = now;
        return messages.persist(message).map(stored -> conversation.status == ConversationStatus.ASSIGNED
                ? List.<Delivery>of(Deliveries.followUp(conversation, message, now))
                : List.<Delivery>of());
    }

    private static MessageEntity message(ConversationEntity conversation, InboundMessage inbound, Instant now) {
        MessageEntity message = new MessageEntity();
        message.id = UUID.fromString(
                MessageIds.canonicalId(inbound.channel(), inbound.provider(), inbound.providerMessageId()));
        message.conversationId = conversation.id;
        message.channel = inbound.channel();
        message.provider = inbound.provider();
        message.providerMessageId = inbound.providerMessageId();
        message.text = inbound.text();
        message.receivedAt = inbound.receivedAt() == null ? now : inbound.receivedAt().truncatedTo(ChronoUnit.MICROS);
        return message;
    }

    private static CustomerEntity customer(CustomerIdentity identity, Instant now) {
        CustomerEntity customer = new CustomerEntity();
        customer.id = UUID.randomUUID();
        customer.createdAt = now;
        if (identity != null) {
            customer.displayName = identity.displayName();
            customer.email = identity.email();
            customer.phone = identity.phone();
            customer.handle = identity.handle();
            customer.locale = identity.locale();
            customer.timeZone = identity.timeZone();
            customer.country = identity.country();
        }
        return customer;
    }

    private static void check(InboundMessage message) {
        if (message == null) {
            throw new UnprocessableRecord("empty inbound record");
        }
        if (message.channel() == null) {
            throw new UnprocessableRecord("inbound message " + message.id() + " has no channel");
        }
        requireText(message.provider(), "provider", message);
        requireText(message.conversationKey(), "conversationKey", message);
        requireText(message.providerMessageId(), "providerMessageId", message);
    }

    private static void requireText(String value, String field, InboundMessage message) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableRecord("inbound message " + message.id() + " has no " + field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
