package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.Comparator;

/**
 * An agent's standing for one requirement; ordered best first by {@link #BEST_FIRST}. The idle time is copied out
 * of the agent's {@link Instant} so that ordering two fits reads only the two fits, not the agents behind them,
 * unless everything but the id ties.
 *
 * @param assignedSecond epoch second of the agent's last assignment, {@link Long#MIN_VALUE} when never assigned
 * @param assignedNano   its nanosecond within that second
 */
record Fit(AgentState agent, int languageLevel, int skillMargin, int open, int capacity, long assignedSecond,
        int assignedNano) {

    /** Language level, skill margin, occupancy, longest idle (never assigned first), id: a total order. */
    static final Comparator<Fit> BEST_FIRST = Fit::compare;

    /** Never assigned sorts before every instant, {@link Instant#MIN} included. */
    private static final long NEVER = Long.MIN_VALUE;

    static Fit of(AgentState agent, Requirement requirement, AgentMatcher matcher) {
        return of(agent, requirement.languageLevel(agent), requirement.skillMargin(agent), agent.openTotal(),
                matcher.totalCapacity(agent));
    }

    static Fit of(AgentState agent, int languageLevel, int skillMargin, int open, int capacity) {
        Instant assigned = agent.lastAssignedAt();
        return new Fit(agent, languageLevel, skillMargin, open, capacity,
                assigned == null ? NEVER : assigned.getEpochSecond(), assigned == null ? 0 : assigned.getNano());
    }

    Candidate candidate(boolean sticky) {
        return new Candidate(agent.id(), sticky, languageLevel, skillMargin, open, capacity,
                capacity == 0 ? 1.0 : (double) open / capacity, agent.lastAssignedAt());
    }

    private static int compare(Fit a, Fit b) {
        if (a.languageLevel != b.languageLevel) {
            return Integer.compare(b.languageLevel, a.languageLevel);
        }
        if (a.skillMargin != b.skillMargin) {
            return Integer.compare(b.skillMargin, a.skillMargin);
        }
        // open/capacity compared as fractions, exactly: a.open/a.cap < b.open/b.cap ⇔ a.open·b.cap < b.open·a.cap
        int occupancy = Long.compare((long) a.open * Math.max(1, b.capacity), (long) b.open * Math.max(1, a.capacity));
        if (occupancy != 0) {
            return occupancy;
        }
        if (a.assignedSecond != b.assignedSecond) {
            return Long.compare(a.assignedSecond, b.assignedSecond);
        }
        if (a.assignedNano != b.assignedNano) {
            return Integer.compare(a.assignedNano, b.assignedNano);
        }
        return a.agent.id().compareTo(b.agent.id());
    }
}
