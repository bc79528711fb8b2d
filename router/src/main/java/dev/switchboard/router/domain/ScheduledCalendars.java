package dev.switchboard.router.domain;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.ShiftCalendar;

/**
 * Each agent's own schedule in its own time zone (DST and half-hour offsets included, see
 * {@link dev.switchboard.router.routing.WeeklySchedule}); an agent without a schedule is always on shift.
 */
@ApplicationScoped
public class ScheduledCalendars implements AgentCalendars {

    @Override
    public ShiftCalendar of(AgentEntity agent) {
        return agent.shiftCalendar();
    }
}
