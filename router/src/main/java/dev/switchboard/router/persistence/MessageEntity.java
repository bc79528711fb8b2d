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
import dev.switchboard.router.domain.MessageAuthor;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A customer's message, stored once per (channel, provider, provider message id). */
@Entity
@Table(name = "messages")
public class MessageEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id")
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String provider;

    @Column(name = "provider_message_id")
    public String providerMessageId;

    public String text;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public MessageAuthor author = MessageAuthor.CUSTOMER;

    /** The agent who wrote it, when an agent did. */
    @Column(name = "agent_id")
    public String agentId;
}
