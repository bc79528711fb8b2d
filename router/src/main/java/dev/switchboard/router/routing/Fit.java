package dev.switchboard.router.routing;

import java.util.Comparator;

/** An agent's standing for one requirement; ordered best first by {@link #BEST_FIRST}. */
record Fit(AgentState agent, int languageLevel, int skillMargin, int open, int capacity) {

    /** Language level, skill margin, occupancy, longest idle (never assigned first), id: a total order. */
    static final Comparator<Fit> BEST_FIRST = Fit::compare;

    static Fit of(AgentState agent, Requirement requirement, AgentMatcher matcher) {
        return new Fit(agent, requirement.languageLevel(agent), requirement.skillMargin(agent), agent.openTotal(),
                matcher.totalCapacity(agent));
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
        if (a.agent.lastAssignedAt() != b.agent.lastAssignedAt()) {
            if (a.agent.lastAssignedAt() == null) {
                return -1;
            }
            if (b.agent.lastAssignedAt() == null) {
                return 1;
            }
            int idle = a.agent.lastAssignedAt().compareTo(b.agent.lastAssignedAt());
            if (idle != 0) {
                return idle;
            }
        }
        return a.agent.id().compareTo(b.agent.id());
    }
}
