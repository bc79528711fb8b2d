package dev.switchboard.router.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.switchboard.contracts.Presence;
import dev.switchboard.router.routing.ScheduleDefinition;
import dev.switchboard.router.routing.ShiftCalendar;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

@Entity
@Table(name = "agents")
public class AgentEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "time_zone")
    public String timeZone;

    /** BCP 47 tag to level 1..5. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> languages;

    /** Skill name to level 1..5. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> skills;

    /** Channel name to the number of open conversations the agent may hold on it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> capacity;

    @Column(name = "max_concurrent")
    public Integer maxConcurrent;

    @Enumerated(EnumType.STRING)
    public Presence presence;

    @Column(name = "last_assigned_at")
    public Instant lastAssignedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Offers that expired in a row; reset by any answer. */
    @Column(name = "consecutive_misses")
    public int consecutiveMisses;

    /** Weekly shifts and exceptions in the agent's zone; null = always on shift. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ScheduleDefinition schedule;

    @JdbcTypeCode(SqlTypes.JSON)
    public TeamNames teams = new TeamNames(List.of());

    /** When the agent works: its schedule in its own zone, or always. */
    public ShiftCalendar shiftCalendar() {
        return schedule == null ? ShiftCalendar.ALWAYS : schedule.toSchedule(ZoneId.of(timeZone));
    }
}
