package dev.switchboard.router.support;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import dev.switchboard.router.domain.AgentCalendars;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.routing.ShiftCalendar;

/** Shifts tests give agents: one window per agent; agents without one are always on shift. Call {@link #clear}. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestCalendars implements AgentCalendars {

    private static final Map<String, ShiftCalendar> SHIFTS = new ConcurrentHashMap<>();

    /** The agent works from {@code start} (inclusive) to {@code end} (exclusive), and never again. */
    public static void shift(String agentId, Instant start, Instant end) {
        SHIFTS.put(agentId, new Window(start, end));
    }

    public static void clear() {
        SHIFTS.clear();
    }

    @Override
    public ShiftCalendar of(AgentEntity agent) {
        return SHIFTS.getOrDefault(agent.id, ShiftCalendar.ALWAYS);
    }

    private record Window(Instant start, Instant end) implements ShiftCalendar {

        @Override
        public boolean onShift(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }

        @Override
        public Optional<Instant> shiftEnd(Instant at) {
            return onShift(at) ? Optional.of(end) : Optional.empty();
        }

        @Override
        public Optional<Instant> nextShiftStart(Instant after) {
            if (onShift(after)) {
                return Optional.of(after);
            }
            return after.isBefore(start) ? Optional.of(start) : Optional.empty();
        }
    }
}
