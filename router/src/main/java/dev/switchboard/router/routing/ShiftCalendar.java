package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.Optional;

/** When an agent works, asked in absolute time; the calendar applies the agent's own time zone. */
public interface ShiftCalendar {

    /** An agent without a schedule: always on shift. */
    ShiftCalendar ALWAYS = new ShiftCalendar() {
        @Override
        public boolean onShift(Instant at) {
            return true;
        }

        @Override
        public Optional<Instant> shiftEnd(Instant at) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> nextShiftStart(Instant after) {
            return Optional.of(after);
        }
    };

    boolean onShift(Instant at);

    /** When the shift that contains {@code at} ends; empty when off shift or the shift never ends. */
    Optional<Instant> shiftEnd(Instant at);

    /** The first instant at or after {@code after} that is on shift; empty when no shift is scheduled. */
    Optional<Instant> nextShiftStart(Instant after);
}
