package dev.switchboard.router.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A shift that recurs every week, in the agent's local time. An end at or before the start means the shift runs
 * past midnight into the next day (22:00–06:00); 09:00–09:00 is a whole day.
 */
public record WeeklyShift(DayOfWeek day, LocalTime start, LocalTime end) {

    static final int MINUTES_PER_DAY = 24 * 60;

    public boolean overnight() {
        return !end.isAfter(start);
    }

    /** Its length on the wall clock; a DST change that night makes the real length an hour more or less. */
    public Duration length() {
        Duration sameDay = Duration.between(start, end);
        return overnight() ? sameDay.plusDays(1) : sameDay;
    }

    /** Minutes from Monday 00:00 to the start. */
    int weekMinute() {
        return (day.getValue() - 1) * MINUTES_PER_DAY + start.getHour() * 60 + start.getMinute();
    }
}
