package dev.switchboard.router.routing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A schedule as admins write it and as it is stored (JSON), in the agent's local time:
 * <pre>
 * {"weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"},
 *             {"day": "FRIDAY", "start": "22:00", "end": "06:00"}],
 *  "exceptions": [{"kind": "OFF", "start": "2025-12-25T00:00", "end": "2025-12-26T00:00", "note": "Christmas"},
 *                 {"kind": "SHIFT", "start": "2025-12-28T10:00", "end": "2025-12-28T14:00"}]}
 * </pre>
 */
public record ScheduleDefinition(List<Shift> weekly, List<Change> exceptions) {

    public record Shift(String day, String start, String end) {
    }

    /** @param kind OFF (holiday, leave) or SHIFT (one-off working time) */
    public record Change(String kind, String start, String end, String note) {
    }

    public ScheduleDefinition {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /**
     * The schedule in the agent's zone.
     *
     * @throws InvalidDefinition naming the entry at fault, e.g. {@code weekly[2].start} or {@code exceptions[0]}
     */
    public WeeklySchedule toSchedule(ZoneId zone) {
        List<WeeklyShift> shifts = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            Shift shift = weekly.get(i);
            String field = "weekly[" + i + "]";
            if (shift == null) {
                throw new InvalidDefinition(field, "a shift is {day, start, end}");
            }
            shifts.add(new WeeklyShift(day(shift.day(), field + ".day"), time(shift.start(), field + ".start"),
                    time(shift.end(), field + ".end")));
        }
        List<ScheduleOverride> overrides = new ArrayList<>();
        for (int i = 0; i < exceptions.size(); i++) {
            Change change = exceptions.get(i);
            String field = "exceptions[" + i + "]";
            if (change == null) {
                throw new InvalidDefinition(field, "an exception is {kind, start, end}");
            }
            overrides.add(new ScheduleOverride(kind(change.kind(), field + ".kind"),
                    dateTime(change.start(), field + ".start"), dateTime(change.end(), field + ".end")));
        }
        return WeeklySchedule.of(zone, shifts, overrides);
    }

    /** The same schedule spelled canonically (upper-case names, HH:mm, ISO date-times), for storage. */
    public static ScheduleDefinition of(WeeklySchedule schedule, List<Change> original) {
        List<Shift> shifts = schedule.weekly().stream()
                .map(s -> new Shift(s.day().name(), s.start().toString(), s.end().toString())).toList();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < schedule.overrides().size(); i++) {
            ScheduleOverride o = schedule.overrides().get(i);
            changes.add(new Change(o.kind().name(), o.start().toString(), o.end().toString(), original.get(i).note()));
        }
        return new ScheduleDefinition(shifts, changes);
    }

    private static DayOfWeek day(String value, String field) {
        try {
            return DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + value + "' is not a day; use MONDAY .. SUNDAY");
        }
    }

    private static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + value + "' is not a local time such as 09:00 or 17:30");
        }
    }

    private static LocalDateTime dateTime(String value, String field) {
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + value + "' is not a local date-time such as 2025-12-25T00:00");
        }
    }

    private static ScheduleOverride.Kind kind(String value, String field) {
        try {
            return ScheduleOverride.Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + value + "' is not an exception kind; use OFF or SHIFT");
        }
    }
}
