package dev.switchboard.router.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void overnightShiftOnSpringForwardNightIsAnHourShorter() {
        // 2025-03-09 02:00 EST → 03:00 EDT. Saturday 22:00 EST is 03:00Z; Sunday 06:00 EDT is 10:00Z.
        WeeklySchedule schedule = weekly(NEW_YORK, shift(DayOfWeek.SATURDAY, "22:00", "06:00"));

        assertFalse(schedule.onShift(at("2025-03-09T02:59:59Z")));
        assertTrue(schedule.onShift(at("2025-03-09T03:00:00Z")));
        assertTrue(schedule.onShift(at("2025-03-09T09:59:59Z")));
        assertFalse(schedule.onShift(at("2025-03-09T10:00:00Z")));
        assertEquals(Optional.of(at("2025-03-09T10:00:00Z")), schedule.shiftEnd(at("2025-03-09T05:00:00Z")));
    }

    @Test
    void shiftStartingInsideTheSpringForwardGapStartsWhenTheClockJumps() {
        // 02:30 does not exist on 2025-03-09 in New York; it becomes 03:30 EDT (07:30Z).
        WeeklySchedule schedule = weekly(NEW_YORK, shift(DayOfWeek.SUNDAY, "02:30", "10:00"));

        assertFalse(schedule.onShift(at("2025-03-09T07:29:00Z")));
        assertTrue(schedule.onShift(at("2025-03-09T07:30:00Z")));
        assertEquals(Optional.of(at("2025-03-09T14:00:00Z")), schedule.shiftEnd(at("2025-03-09T08:00:00Z")));
    }

    @Test
    void nightShiftOnFallBackNightLastsNineHours() {
        // 2025-11-02 02:00 EDT → 01:00 EST: 00:00 EDT is 04:00Z, 08:00 EST is 13:00Z.
        WeeklySchedule schedule = weekly(NEW_YORK, shift(DayOfWeek.SUNDAY, "00:00", "08:00"));

        assertTrue(schedule.onShift(at("2025-11-02T04:00:00Z")));
        assertTrue(schedule.onShift(at("2025-11-02T12:59:00Z")));
        assertFalse(schedule.onShift(at("2025-11-02T13:00:00Z")));
        assertEquals(Optional.of(at("2025-11-02T13:00:00Z")), schedule.shiftEnd(at("2025-11-02T05:30:00Z")));
    }

    @Test
    void shiftEndingInsideTheRepeatedHourEndsAtItsSecondOccurrence() {
        // London 2025-10-26: 01:00–02:00 happens twice (BST then GMT); 01:30 GMT is 01:30Z.
        WeeklySchedule schedule = weekly(LONDON, shift(DayOfWeek.SATURDAY, "22:00", "01:30"));

        assertTrue(schedule.onShift(at("2025-10-25T21:00:00Z")));
        assertTrue(schedule.onShift(at("2025-10-26T01:15:00Z")));
        assertFalse(schedule.onShift(at("2025-10-26T01:30:00Z")));
        assertEquals(Optional.of(at("2025-10-26T01:30:00Z")), schedule.shiftEnd(at("2025-10-25T23:00:00Z")));
    }

    @Test
    void londonSpringForwardShortensTheSundayMorningShift() {
        // 2025-03-30 01:00 GMT → 02:00 BST: 00:00 GMT is 00:00Z, 08:00 BST is 07:00Z.
        WeeklySchedule schedule = weekly(LONDON, shift(DayOfWeek.SUNDAY, "00:00", "08:00"));

        assertEquals(Optional.of(at("2025-03-30T07:00:00Z")), schedule.shiftEnd(at("2025-03-30T00:00:00Z")));
        // The next Sunday is in BST: 00:00 BST is 23:00Z on Saturday.
        assertEquals(Optional.of(at("2025-04-05T23:00:00Z")), schedule.nextShiftStart(at("2025-03-30T07:00:00Z")));
    }

    @Test
    void halfHourZoneShiftsByFiveAndAHalfHours() {
        // Monday 2025-06-02 09:00–17:30 IST is 03:30Z–12:00Z.
        WeeklySchedule schedule = weekly(KOLKATA, shift(DayOfWeek.MONDAY, "09:00", "17:30"));

        assertFalse(schedule.onShift(at("2025-06-02T03:29:59Z")));
        assertTrue(schedule.onShift(at("2025-06-02T03:30:00Z")));
        assertFalse(schedule.onShift(at("2025-06-02T12:00:00Z")));
        assertEquals(Optional.of(at("2025-06-09T03:30:00Z")), schedule.nextShiftStart(at("2025-06-02T12:00:00Z")));
        assertEquals(Optional.of(at("2025-06-02T03:30:00Z")), schedule.nextShiftStart(at("2025-06-01T20:00:00Z")));
    }

    @Test
    void holidayTakesTheDayOffAndTheNextShiftStartsAfterIt() {
        WeeklySchedule schedule = WeeklySchedule.of(LONDON, weekdays("09:00", "17:00"),
                List.of(off("2025-12-25T00:00", "2025-12-26T00:00")));

        assertFalse(schedule.onShift(at("2025-12-25T10:00:00Z")));
        assertTrue(schedule.onShift(at("2025-12-24T10:00:00Z")));
        assertEquals(Optional.of(at("2025-12-26T09:00:00Z")), schedule.nextShiftStart(at("2025-12-25T08:00:00Z")));
    }

    @Test
    void timeOffStartingMidShiftEndsTheShiftEarly() {
        WeeklySchedule schedule = WeeklySchedule.of(LONDON, weekdays("09:00", "17:00"),
                List.of(off("2025-12-24T13:00", "2025-12-29T00:00")));

        assertEquals(Optional.of(at("2025-12-24T13:00:00Z")), schedule.shiftEnd(at("2025-12-24T10:00:00Z")));
        assertEquals(Optional.of(at("2025-12-29T09:00:00Z")), schedule.nextShiftStart(at("2025-12-24T13:00:00Z")));
    }

    @Test
    void oneOffShiftOnAWeekendCountsAndWinsOverTimeOff() {
        WeeklySchedule schedule = WeeklySchedule.of(LONDON, weekdays("09:00", "17:00"), List.of(
                off("2025-12-27T00:00", "2025-12-29T00:00"),
                new ScheduleOverride(ScheduleOverride.Kind.SHIFT, LocalDateTime.parse("2025-12-27T10:00"),
                        LocalDateTime.parse("2025-12-27T14:00"))));

        assertTrue(schedule.onShift(at("2025-12-27T10:30:00Z")));
        assertEquals(Optional.of(at("2025-12-27T14:00:00Z")), schedule.shiftEnd(at("2025-12-27T10:30:00Z")));
        assertEquals(Optional.of(at("2025-12-27T10:00:00Z")), schedule.nextShiftStart(at("2025-12-26T18:00:00Z")));
    }

    @Test
    void backToBackShiftsAreOneStretchOfWork() {
        WeeklySchedule schedule = weekly(LONDON, shift(DayOfWeek.MONDAY, "22:00", "06:00"),
                shift(DayOfWeek.TUESDAY, "06:00", "14:00"));

        assertEquals(Optional.of(at("2026-01-06T14:00:00Z")), schedule.shiftEnd(at("2026-01-05T23:00:00Z")));
    }

    @Test
    void roundTheClockScheduleNeverEnds() {
        List<WeeklyShift> always = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            always.add(shift(day, "00:00", "00:00"));
        }
        WeeklySchedule schedule = WeeklySchedule.of(KOLKATA, always, List.of());

        assertTrue(schedule.onShift(at("2025-06-04T12:00:00Z")));
        assertEquals(Optional.empty(), schedule.shiftEnd(at("2025-06-04T12:00:00Z")));
    }

    @Test
    void scheduleWithoutShiftsNeverStarts() {
        WeeklySchedule schedule = WeeklySchedule.of(LONDON, List.of(), List.of());

        assertFalse(schedule.onShift(at("2025-06-04T12:00:00Z")));
        assertEquals(Optional.empty(), schedule.nextShiftStart(at("2025-06-04T12:00:00Z")));
    }

    @Test
    void rejectsOverlappingShiftsNamingTheLaterOne() {
        InvalidDefinition sameDay = assertThrows(InvalidDefinition.class, () -> weekly(LONDON,
                shift(DayOfWeek.MONDAY, "09:00", "17:00"), shift(DayOfWeek.TUESDAY, "09:00", "17:00"),
                shift(DayOfWeek.MONDAY, "16:00", "20:00")));
        assertEquals("weekly[2]", sameDay.field());

        InvalidDefinition acrossTheWeek = assertThrows(InvalidDefinition.class, () -> weekly(LONDON,
                shift(DayOfWeek.SUNDAY, "22:00", "06:00"), shift(DayOfWeek.MONDAY, "05:00", "09:00")));
        assertEquals("weekly[1]", acrossTheWeek.field());
    }

    @Test
    void rejectsExceptionEndingBeforeItStarts() {
        InvalidDefinition invalid = assertThrows(InvalidDefinition.class, () -> WeeklySchedule.of(LONDON,
                List.of(), List.of(off("2025-12-26T00:00", "2025-12-25T00:00"))));
        assertEquals("exceptions[0]", invalid.field());
    }

    @Test
    void definitionNamesTheEntryItCannotRead() {
        ScheduleDefinition badDay = new ScheduleDefinition(List.of(new ScheduleDefinition.Shift("MON", "09:00",
                "17:00")), null);
        assertEquals("weekly[0].day", assertThrows(InvalidDefinition.class, () -> badDay.toSchedule(LONDON)).field());

        ScheduleDefinition badTime = new ScheduleDefinition(List.of(new ScheduleDefinition.Shift("monday", "09:00",
                "25:00")), null);
        assertEquals("weekly[0].end", assertThrows(InvalidDefinition.class, () -> badTime.toSchedule(LONDON)).field());
    }

    @Test
    void definitionRoundTripsCanonically() {
        ScheduleDefinition written = new ScheduleDefinition(
                List.of(new ScheduleDefinition.Shift("friday", "22:00", "06:00")),
                List.of(new ScheduleDefinition.Change("off", "2025-12-25T00:00", "2025-12-26T00:00", "Christmas")));

        ScheduleDefinition stored = ScheduleDefinition.of(written.toSchedule(LONDON), written.exceptions());

        assertEquals(new ScheduleDefinition(List.of(new ScheduleDefinition.Shift("FRIDAY", "22:00", "06:00")),
                List.of(new ScheduleDefinition.Change("OFF", "2025-12-25T00:00", "2025-12-26T00:00", "Christmas"))),
                stored);
        assertEquals(Duration.ofHours(8), stored.toSchedule(LONDON).weekly().get(0).length());
    }

    private static WeeklySchedule weekly(ZoneId zone, WeeklyShift... shifts) {
        return WeeklySchedule.of(zone, List.of(shifts), List.of());
    }

    private static List<WeeklyShift> weekdays(String start, String end) {
        List<WeeklyShift> shifts = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            shifts.add(shift(day, start, end));
        }
        return shifts;
    }

    private static WeeklyShift shift(DayOfWeek day, String start, String end) {
        return new WeeklyShift(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static ScheduleOverride off(String start, String end) {
        return new ScheduleOverride(ScheduleOverride.Kind.OFF, LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
