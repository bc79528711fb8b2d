package dev.switchboard.router.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An agent's working time: weekly shifts in the agent's own zone, with time off and one-off shifts as exceptions.
 * Local times become instants the way a wall clock does: a time inside a DST gap is moved forward by the gap (a
 * shift "from 02:30" on spring-forward night starts at 03:30); in a DST overlap a shift starts at the first
 * occurrence and ends at the second, so it covers the whole repeated hour. Immutable and thread-safe.
 */
public final class WeeklySchedule implements ShiftCalendar {

    private static final int MINUTES_PER_WEEK = 7 * WeeklyShift.MINUTES_PER_DAY;
    private static final Duration FIRST_HORIZON = Duration.ofDays(8);
    private static final Duration LAST_HORIZON = Duration.ofDays(512);

    private final ZoneId zone;
    private final List<WeeklyShift> weekly;
    private final List<ScheduleOverride> overrides;
    private final List<Span> off;
    private final List<Span> extra;
    /** Beyond this instant only the weekly shifts apply. */
    private final Instant lastOverrideEnd;

    private WeeklySchedule(ZoneId zone, List<WeeklyShift> weekly, List<ScheduleOverride> overrides) {
        this.zone = zone;
        this.weekly = List.copyOf(weekly);
        this.overrides = List.copyOf(overrides);
        List<Span> offSpans = new ArrayList<>();
        List<Span> extraSpans = new ArrayList<>();
        Instant last = Instant.MIN;
        for (ScheduleOverride override : overrides) {
            Span span = new Span(earlier(override.start()), later(override.end()));
            (override.kind() == ScheduleOverride.Kind.OFF ? offSpans : extraSpans).add(span);
            last = span.end.isAfter(last) ? span.end : last;
        }
        this.off = merge(offSpans);
        this.extra = merge(extraSpans);
        this.lastOverrideEnd = last;
    }

    /**
     * @throws InvalidDefinition naming {@code weekly[i]} for a shift overlapping an earlier one (across midnight
     *                           and from Sunday into Monday too), or {@code exceptions[i]} for one that does not end
     *                           after it starts
     */
    public static WeeklySchedule of(ZoneId zone, List<WeeklyShift> weekly, List<ScheduleOverride> overrides) {
        for (int i = 0; i < weekly.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (overlap(weekly.get(j), weekly.get(i))) {
                    throw new InvalidDefinition("weekly[" + i + "]", "this shift overlaps weekly[" + j + "]");
                }
            }
        }
        for (int i = 0; i < overrides.size(); i++) {
            ScheduleOverride override = overrides.get(i);
            if (!override.end().isAfter(override.start())) {
                throw new InvalidDefinition("exceptions[" + i + "]", "an exception must end after it starts");
            }
        }
        return new WeeklySchedule(zone, weekly, overrides);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WeeklyShift> weekly() {
        return weekly;
    }

    public List<ScheduleOverride> overrides() {
        return overrides;
    }

    @Override
    public boolean onShift(Instant at) {
        if (contains(extra, at)) {
            return true;
        }
        if (contains(off, at)) {
            return false;
        }
        LocalDate today = at.atZone(zone).toLocalDate();
        // Shifts last at most a day, so only those starting yesterday or today can contain the instant.
        for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            for (WeeklyShift shift : weekly) {
                if (shift.day() == day.getDayOfWeek() && occurrence(shift, day).contains(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of the unbroken working time containing {@code at}: back-to-back shifts count as one. */
    @Override
    public Optional<Instant> shiftEnd(Instant at) {
        if (!onShift(at)) {
            return Optional.empty();
        }
        for (Duration horizon = FIRST_HORIZON; ; horizon = horizon.multipliedBy(2)) {
            Instant until = at.plus(horizon);
            for (Span span : workingBetween(at.minus(Duration.ofDays(1)), until)) {
                if (span.contains(at) && span.end.isBefore(until)) {
                    return Optional.of(span.end);
                }
            }
            if (horizon.compareTo(LAST_HORIZON) >= 0 && until.isAfter(lastOverrideEnd)) {
                return Optional.empty();
            }
        }
    }

    @Override
    public Optional<Instant> nextShiftStart(Instant after) {
        if (onShift(after)) {
            return Optional.of(after);
        }
        for (Duration horizon = FIRST_HORIZON; ; horizon = horizon.multipliedBy(2)) {
            Instant until = after.plus(horizon);
            for (Span span : workingBetween(after, until)) {
                if (span.end.isAfter(after)) {
                    return Optional.of(span.start.isAfter(after) ? span.start : after);
                }
            }
            // With weekly shifts, a week past the last exception always holds one; without, nothing will come.
            boolean pastExceptions = until.isAfter(lastOverrideEnd.plus(FIRST_HORIZON));
            if (pastExceptions && (weekly.isEmpty() || horizon.compareTo(LAST_HORIZON) >= 0)) {
                return Optional.empty();
            }
        }
    }

    /** Working spans overlapping [from, until), merged, in order; spans may reach outside the window. */
    private List<Span> workingBetween(Instant from, Instant until) {
        List<Span> spans = new ArrayList<>();
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyShift shift : weekly) {
                if (shift.day() == day.getDayOfWeek()) {
                    spans.addAll(occurrence(shift, day).minus(off));
                }
            }
        }
        spans.addAll(extra);
        return merge(spans).stream().filter(s -> s.end.isAfter(from) && s.start.isBefore(until)).toList();
    }

    private Span occurrence(WeeklyShift shift, LocalDate day) {
        LocalDate endDay = shift.overnight() ? day.plusDays(1) : day;
        return new Span(earlier(day.atTime(shift.start())), later(endDay.atTime(shift.end())));
    }

    private Instant earlier(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }

    private Instant later(LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap().toInstant();
    }

    /** Whether two weekly shifts share a minute of the wall-clock week, which wraps from Sunday to Monday. */
    private static boolean overlap(WeeklyShift a, WeeklyShift b) {
        long aStart = a.weekMinute();
        long aEnd = aStart + a.length().toMinutes();
        for (int wrap = -1; wrap <= 1; wrap++) {
            long bStart = b.weekMinute() + (long) wrap * MINUTES_PER_WEEK;
            long bEnd = bStart + b.length().toMinutes();
            if (aStart < bEnd && bStart < aEnd) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<Span> spans, Instant at) {
        for (Span span : spans) {
            if (span.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.start.isAfter(previous.end)) {
                if (span.end.isAfter(previous.end)) {
                    merged.set(merged.size() - 1, new Span(previous.start, span.end));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** A half-open interval of absolute time. */
    private record Span(Instant start, Instant end) {

        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }

        /** What is left of this span outside the given ones (sorted, merged). */
        List<Span> minus(List<Span> cuts) {
            List<Span> left = new ArrayList<>();
            Instant from = start;
            for (Span cut : cuts) {
                if (!cut.end.isAfter(from) || !cut.start.isBefore(end)) {
                    continue;
                }
                if (cut.start.isAfter(from)) {
                    left.add(new Span(from, cut.start));
                }
                from = cut.end.isAfter(from) ? cut.end : from;
            }
            if (from.isBefore(end)) {
                left.add(new Span(from, end));
            }
            return left;
        }
    }
}
