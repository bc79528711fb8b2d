package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationStatus;
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
}
