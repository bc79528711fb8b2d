package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One way a channel names a customer: an email address, an E.164 number, or a provider handle. */
@Entity
@Table(name = "customer_identities")
public class CustomerIdentityEntity extends PanacheEntityBase {

    /** "ana@example.com", "+34600111222" or "telegram:12345"; unique, so one identity is one customer. */
    @Id
    public String identity;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "created_at")
    public Instant createdAt;
}
