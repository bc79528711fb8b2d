package dev.switchboard.router.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.switchboard.router.routing.RuleSetDefinition;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One version of the routing rules; versions are never changed, a change is a new version. */
@Entity
@Table(name = "routing_rules")
public class RuleSetEntity extends PanacheEntityBase {

    @Id
    public Integer version;

    @JdbcTypeCode(SqlTypes.JSON)
    public RuleSetDefinition rules;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
