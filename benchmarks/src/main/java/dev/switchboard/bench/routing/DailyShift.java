package dev.switchboard.bench.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import dev.switchboard.router.routing.ShiftCalendar;

/**
 * The benchmark's calendar: the same shift every day from {@code start} to {@code end} (same day) local time in
 * {@code zone}. The production WeeklySchedule answers the same three questions; the index asks them only when an
 * agent is put and at its shift boundaries, so the calendar's own cost hardly shows in decisions.
 */
record DailyShift(ZoneId zone, LocalTime start, LocalTime end) implements ShiftCalendar {

    @Override
    public boolean onShift(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return !at.isBefore(startOn(day)) && at.isBefore(endOn(day));
    }

    @Override
    public Optional<Instant> shiftEnd(Instant at) {
        return onShift(at) ? Optional.of(endOn(at.atZone(zone).toLocalDate())) : Optional.empty();
    }

    @Override
    public Optional<Instant> nextShiftStart(Instant after) {
        if (onShift(after)) {
            return Optional.of(after);
        }
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = startOn(day);
        return Optional.of(after.isBefore(today) ? today : startOn(day.plusDays(1)));
    }

    private Instant startOn(LocalDate day) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    private Instant endOn(LocalDate day) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
