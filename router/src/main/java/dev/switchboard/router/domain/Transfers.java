package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.persistence.AgentRepository;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.MessageEntity;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.OfferRepository;
import io.smallrye.mutiny.Uni;

/**
 * Hands an assigned conversation on, inside the caller's transaction: to the agent named when that agent can take
 * it now, else to the best agent with the skill named (or simply the best agent), else back to the queue. The
 * conversation keeps its messages and the time it first queued; the transferring agent's note is stored as a
 * SYSTEM message, so the next agent reads it in the history; the transferring agent is sent {@code revoked}
 * (reason transferred) and is never offered the conversation again.
 */
@ApplicationScoped
public class Transfers {

    /** The level a skill named in a transfer is required at: whoever has the skill. */
    static final int SKILL_LEVEL = 1;

    private final ConversationRepository conversations;
    private final OfferRepository offers;
    private final MessageRepository messages;
    private final AgentRepository agents;
    private final Offering offering;
    private final Clock clock;

    public Transfers(ConversationRepository conversations, OfferRepository offers, MessageRepository messages,
            AgentRepository agents, Offering offering, Clock clock) {
        this.conversations = conversations;
        this.offers = offers;
        this.messages = messages;
        this.agents = agents;
        this.offering = offering;
        this.clock = clock;
    }

    Uni<List<Delivery>> apply(AgentEvent.TransferRequested event, UUID conversationId) {
        String toAgent = blankToNull(event.toAgentId());
        String toSkill = blankToNull(event.toSkill());
        if (toAgent == null && toSkill == null) {
            throw new UnprocessableRecord("transfer " + event.id() + " names neither an agent nor a skill");
        }
        return conversations.lock(conversationId).chain(conversation -> {
            if (conversation == null || conversation.status != ConversationStatus.ASSIGNED
                    || !event.agentId().equals(conversation.assignedAgentId)) {
                Audit.ignored(event.agentId(), "transfer", conversationId);
                return Uni.createFrom().item(List.<Delivery>of());
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (toSkill != null) {
                Map<String, Integer> skills = new HashMap<>();
                skills.put(toSkill, SKILL_LEVEL);
                conversation.skills = skills;
            }
            List<Delivery> made = new ArrayList<>();
            return offers.acceptedBy(conversation.id, event.agentId())
                    .invoke(accepted -> {
                        if (accepted != null) {
                            accepted.endedReason = OfferRepository.TRANSFERRED;
                            made.add(Deliveries.revokedAssignment(accepted, now));
                        }
                        Revocations.requeue(conversation, now);
                    })
                    .chain(() -> note(event, conversation, now))
                    .chain(() -> toAgent == null ? Uni.createFrom().item(Optional.<Delivery>empty())
                            : offering.toAgent(conversation, toAgent))
                    .chain(named -> named.isPresent() ? Uni.createFrom().item(named)
                            : offering.toBestAgent(conversation))
                    .invoke(next -> next.ifPresent(made::add))
                    // The transferring agent has room again.
                    .chain(() -> agents.lock(event.agentId()))
                    .chain(offering::queuedTo)
                    .map(freed -> {
                        made.addAll(freed);
                        return made;
                    });
        });
    }

    private Uni<Void> note(AgentEvent.TransferRequested event, ConversationEntity conversation, Instant now) {
        String text = blankToNull(event.note());
        if (text == null) {
            return Uni.createFrom().voidItem();
        }
        MessageEntity note = new MessageEntity();
        note.id = Deliveries.derivedId("transfer-note", event.id());
        note.conversationId = conversation.id;
        note.channel = conversation.channel;
        note.provider = conversation.provider;
        note.providerMessageId = "transfer-note:" + event.id();
        note.author = MessageAuthor.SYSTEM;
        note.agentId = event.agentId();
        note.text = text;
        note.receivedAt = now;
        return messages.persist(note).replaceWithVoid();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
