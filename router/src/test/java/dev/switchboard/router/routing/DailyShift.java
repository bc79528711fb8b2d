package dev.switchboard.router.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A test calendar: the same shift every day, from {@code start} to {@code end} local time in {@code zone}. */
record DailyShift(ZoneId zone, LocalTime start, LocalTime end) implements ShiftCalendar {

    static DailyShift of(String zone, String start, String end) {
        return new DailyShift(ZoneId.of(zone), LocalTime.parse(start), LocalTime.parse(end));
    }

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
