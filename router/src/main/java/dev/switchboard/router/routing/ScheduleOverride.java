package dev.switchboard.router.routing;

import java.time.LocalDateTime;

/**
 * An exception to the weekly schedule, in the agent's local time: time off (a holiday, leave) or a one-off shift.
 * A one-off shift wins over time off it overlaps; time off wins over the weekly shifts.
 */
public record ScheduleOverride(Kind kind, LocalDateTime start, LocalDateTime end) {

    public enum Kind { OFF, SHIFT }
}
