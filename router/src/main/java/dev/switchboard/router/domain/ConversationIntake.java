package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Takes in one customer message: stores it once, threads it into its conversation, and routes a new (or reopened)
 * conversation, all in one transaction. A message already stored (a Kafka redelivery, a connector retry) changes
 * nothing. A message for a thread whose conversation was closed reopens it within {@code router.reopen-window};
 * later, it starts a new conversation linked to the closed one. A new conversation is acknowledged to the customer
 * ({@link Acknowledgements}).
 */
@ApplicationScoped
public class ConversationIntake {

    private static final Logger LOG = Logger.getLogger(ConversationIntake.class);

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final CustomerDirectory customers;
    private final Triage triage;
    private final RulesCatalog rules;
    private final Offering offering;
    private final Acknowledgements acknowledgements;
    private final RouterSettings settings;
    private final Clock clock;

    public ConversationIntake(ConversationRepository conversations, MessageRepository messages,
            CustomerDirectory customers, Triage triage, RulesCatalog rules,
            Offering offering, Acknowledgements acknowledgements, RouterSettings settings, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.customers = customers;
        this.triage = triage;
        this.rules = rules;
        this.offering = offering;
        this.acknowledgements = acknowledgements;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @return what to send once the transaction has committed: the offer or follow-up to agents, and the
     *         acknowledgement of a new conversation (again for a redelivery of the message that started it)
     */
    @WithTransaction
    public Uni<Outcome> receive(InboundMessage message) {
        check(message);
        return conversations.arrivalOf(message.channel(), message.provider(), message.providerMessageId(),
                message.conversationKey()).chain(arrival -> {
                    if (arrival.duplicate()) {
                        LOG.debugf("Message %s was stored before; nothing to do", message.id());
                        return acknowledgements.forStored(message)
                                .map(ack -> new Outcome(List.of(), ack.stream().toList()));
                    }
                    if (arrival.open() != null) {
                        return append(arrival.open(), message).map(Outcome::of);
                    }
                    ConversationEntity closed = arrival.lastClosed();
                    Instant now = now();
                    boolean reopens = closed != null && closed.closedAt != null
                            && !now.isAfter(closed.closedAt.plus(settings.reopenWindow()));
                    return reopens ? reopen(closed, message, now).map(Outcome::of) : start(message, closed, now);
                });
    }

    private Uni<Outcome> start(InboundMessage inbound, ConversationEntity previous, Instant now) {
        return customers.resolve(inbound, now).chain(customer -> {
            ConversationEntity conversation = new ConversationEntity();
            conversation.id = UUID.randomUUID();
            conversation.conversationKey = inbound.conversationKey();
            conversation.channel = inbound.channel();
            conversation.provider = inbound.provider();
            conversation.customerId = customer.id;
            conversation.status = ConversationStatus.QUEUED;
            conversation.subject = inbound.subject();
            conversation.createdAt = now;
            conversation.queuedSince = now;
            conversation.updatedAt = now;
            conversation.previousConversationId = previous == null ? null : previous.id;
            return route(conversation, customer, inbound, now)
                    .chain(() -> conversations.persist(conversation))
                    .chain(() -> storeAndOffer(conversation, inbound, now))
                    .chain(offered -> acknowledgements.forNewConversation(conversation, customer)
                            .map(ack -> new Outcome(offered, ack.stream().toList())));
        });
    }

    /** The closed conversation waits again, routed afresh like a new one, for whoever its customer is now. */
    private Uni<List<Delivery>> reopen(ConversationEntity conversation, InboundMessage inbound, Instant now) {
        LOG.debugf("Conversation %s reopened by a new message", conversation.id);
        return customers.survivorOf(conversation.customerId).chain(customer -> {
            conversation.customerId = customer.id;
            conversation.status = ConversationStatus.QUEUED;
            conversation.assignedAgentId = null;
            conversation.closedAt = null;
            conversation.queuedSince = now;
            conversation.updatedAt = now;
            return route(conversation, customer, inbound, now).chain(() -> storeAndOffer(conversation, inbound, now));
        });
    }

    private Uni<Void> route(ConversationEntity conversation, CustomerEntity customer, InboundMessage inbound,
            Instant now) {
        return rules.current().chain(current -> triage.assess(inbound, customer, current, now)).invoke(assessment -> {
            Triage.apply(assessment, conversation, now);
            CustomerDirectory.learn(customer, assessment.language());
        }).replaceWithVoid();
    }

    private Uni<List<Delivery>> storeAndOffer(ConversationEntity conversation, InboundMessage inbound, Instant now) {
        MessageEntity message = message(conversation, inbound, now);
        return messages.persist(message)
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
