package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.switchboard.router.domain.OfferStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "offers")
public class OfferEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id")
    public UUID conversationId;

    @Column(name = "agent_id")
    public String agentId;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    /** Why this agent was chosen, as the agent and supervisors read it. */
    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Why the offer, or the assignment it led to, ended early (expired, agent-offline, transferred, ...). */
    @Column(name = "ended_reason")
    public String endedReason;
}
