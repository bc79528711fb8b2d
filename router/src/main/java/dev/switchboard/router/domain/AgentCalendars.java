package dev.switchboard.router.domain;

import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.ShiftCalendar;

/** When an agent works. Shift-end sweeps, offers and the expected wait all ask here. */
public interface AgentCalendars {

    ShiftCalendar of(AgentEntity agent);
}
