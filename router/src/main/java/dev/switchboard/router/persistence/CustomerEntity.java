package dev.switchboard.router.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "customers")
public class CustomerEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String phone;

    public String handle;

    public String locale;

    @Column(name = "time_zone")
    public String timeZone;

    public String country;

    @Column(name = "created_at")
    public Instant createdAt;

    /** How an agent would reach or recognise the customer: email, else phone, else the channel handle. */
    public String address() {
        return email != null ? email : phone != null ? phone : handle;
    }

    /** The language last decided for the customer. */
    public String language;

    /** The agent who last served the customer, for sticky routing. */
    @Column(name = "last_agent_id")
    public String lastAgentId;

    @Column(name = "last_agent_at")
    public Instant lastAgentAt;

    /** The tier a connector last reported for the customer (gold, ...); rules may raise priority by it. */
    public String tier;

    /** Set when a merge folded this customer into another. */
    @Column(name = "merged_into")
    public UUID mergedInto;
}
