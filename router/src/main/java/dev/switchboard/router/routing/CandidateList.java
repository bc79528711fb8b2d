package dev.switchboard.router.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The agents that meet one {@link Requirement} now (ready on its channel, its language and skills; declines are
 * per conversation and checked at decision time), best first. Kept current by {@link AgentIndex} on every change.
 */
final class CandidateList {

    private final Requirement requirement;
    private final long requiredSkills;
    private final TreeSet<Fit> ordered = new TreeSet<>(Fit.BEST_FIRST);
    private final Map<String, Fit> members = new HashMap<>();

    /** @param requiredSkills {@link SkillBits#requiredMask} of the requirement */
    CandidateList(Requirement requirement, long requiredSkills) {
        this.requirement = requirement;
        this.requiredSkills = requiredSkills;
    }

    /** False when the agent surely cannot be in this list: it lacks a required skill (at any level). */
    boolean mayHold(IndexedAgent agent) {
        return agent != null && (requiredSkills & ~agent.skills()) == 0;
    }

    Requirement requirement() {
        return requirement;
    }

    /** Moves the agent to where its new state puts it: out, in, or to another place in the order. */
    void update(IndexedAgent before, IndexedAgent after) {
        if (before != null) {
            Fit old = members.remove(before.id());
            if (old != null) {
                ordered.remove(old);
            }
        }
        if (after != null && meets(after)) {
            Fit fit = new Fit(after.state(), after.languageLevel(requirement.language()),
                    requirement.skillMargin(after.state()), after.open(), after.capacity());
            members.put(after.id(), fit);
            ordered.add(fit);
        }
    }

    Fit member(String agentId) {
        return agentId == null ? null : members.get(agentId);
    }

    Iterable<Fit> bestFirst() {
        return ordered;
    }

    int size() {
        return members.size();
    }

    private boolean meets(IndexedAgent agent) {
        if (!agent.ready(requirement.channel())) {
            return false;
        }
        if (agent.languageLevel(requirement.language()) < requirement.minLanguageLevel()) {
            return false;
        }
        return requirement.skillsMet(agent.state());
    }
}
