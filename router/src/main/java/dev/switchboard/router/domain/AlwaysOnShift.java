package dev.switchboard.router.domain;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.ShiftCalendar;
import io.quarkus.arc.DefaultBean;

/** Until agents carry a schedule, every agent is on shift; a bean that reads the schedule replaces this one. */
@ApplicationScoped
@DefaultBean
public class AlwaysOnShift implements AgentCalendars {

    @Override
    public ShiftCalendar of(AgentEntity agent) {
        return ShiftCalendar.ALWAYS;
    }
}
