package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
import dev.switchboard.router.domain.RoutingExplanation;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "conversations")
public class ConversationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_key")
    public String conversationKey;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String provider;

    @Column(name = "customer_id")
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    public ConversationStatus status;

    public String language;

    public String subject;

    /** The agent holding it: offered to (OFFERED) or assigned to (ASSIGNED); null otherwise. */
    @Column(name = "assigned_agent_id")
    public String assignedAgentId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "queued_since")
    public Instant queuedSince;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Higher is more urgent; the queue serves higher priorities first, then the longest wait. */
    public int priority;

    /** Skill name to the minimum level the conversation needs. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> skills = new HashMap<>();

    @Column(name = "language_confidence")
    public Double languageConfidence;

    /** What decided the language: hint, customer, detected or default. */
    @Column(name = "language_source")
    public String languageSource;

    /** When the first response is due. */
    @Column(name = "sla_due_at")
    public Instant slaDueAt;

    /** The bullseye stage the conversation has reached. */
    public int stage;

    @Column(name = "stage_since")
    public Instant stageSince;

    /** Why the last routing decision went as it did (or why it waits); shown by the conversation API. */
    @JdbcTypeCode(SqlTypes.JSON)
    public RoutingExplanation explanation;

    /** How the agent closed it (resolved, spam, ...), when they said. */
    public String disposition;

    /** The closed conversation this one continues, when it arrived after the reopen window. */
    @Column(name = "previous_conversation_id")
    public UUID previousConversationId;
}
