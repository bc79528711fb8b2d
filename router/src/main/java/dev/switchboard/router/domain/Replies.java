package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import io.smallrye.mutiny.Uni;

/**
 * Stores an agent's reply on the conversation and hands it to the channel, inside the caller's transaction. The
 * message id derives from the event id: a redelivered event finds its message stored and only publishes it again
 * (the outbound record keeps its id, so the connector sends it once).
 */
@ApplicationScoped
public class Replies {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final CustomerRepository customers;
    private final Clock clock;

    public Replies(ConversationRepository conversations, MessageRepository messages, CustomerRepository customers,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.customers = customers;
        this.clock = clock;
    }

    Uni<Outcome> apply(AgentEvent.ReplySent event, UUID conversationId) {
        if (event.text() == null || event.text().isBlank()) {
            throw new UnprocessableRecord("reply " + event.id() + " has no text");
        }
        UUID messageId = Deliveries.derivedId("reply", event.id());
        return messages.findById(messageId).chain(stored -> stored != null
                ? publishAgain(stored, event)
                : conversations.lock(conversationId).chain(conversation -> store(event, conversation, messageId)));
    }

    private Uni<Outcome> store(AgentEvent.ReplySent event, ConversationEntity conversation, UUID messageId) {
        if (conversation == null || conversation.status != ConversationStatus.ASSIGNED
                || !event.agentId().equals(conversation.assignedAgentId)) {
            Audit.ignored(event.agentId(), "reply", event.conversationId());
            return Uni.createFrom().item(Outcome.NONE);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MessageEntity message = new MessageEntity();
        message.id = messageId;
        message.conversationId = conversation.id;
        message.channel = conversation.channel;
        message.provider = conversation.provider;
        message.providerMessageId = "agent-reply:" + event.id();
        message.author = MessageAuthor.AGENT;
        message.agentId = event.agentId();
        message.text = event.text();
        message.receivedAt = now;
        conversation.updatedAt = now;
        return messages.persist(message)
                .chain(() -> customers.findById(conversation.customerId))
                .map(customer -> Outcome.of(Outbound.reply(message, conversation, customer)));
    }

    private Uni<Outcome> publishAgain(MessageEntity stored, AgentEvent.ReplySent event) {
        if (!event.agentId().equals(stored.agentId)) {
            Audit.ignored(event.agentId(), "reply", event.conversationId());
            return Uni.createFrom().item(Outcome.NONE);
        }
        return conversations.findById(stored.conversationId).chain(conversation -> customers
                .findById(conversation.customerId)
                .map(customer -> Outcome.of(Outbound.reply(stored, conversation, customer))));
    }
}
