package dev.switchboard.router.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The agents that meet one {@link Requirement} now (ready on its channel, its language and skills; declines are
 * per conversation and checked at decision time), best first. Kept current by {@link AgentIndex} on every change.
 *
 * <p>The best few are also kept as ready-made {@link Candidate}s, rebuilt only after a change that reaches them, so
 * a decision that needs nothing but the head of the list reads one small array instead of walking the tree and the
 * agents behind it: at 100k agents the tree is far larger than the CPU caches.
 */
final class CandidateList {

    private final Requirement requirement;
    private final long requiredSkills;
    private final TreeSet<Fit> ordered = new TreeSet<>(Fit.BEST_FIRST);
    private final Map<String, Fit> members = new HashMap<>();
    /** The best members as non-sticky candidates, best first; null when a change reached them. */
    private List<Candidate> head;
    /** The member behind the last entry of {@link #head}. */
    private Fit headLast;

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
                forgetHeadIfReached(old);
            }
        }
        if (after != null && meets(after)) {
            Fit fit = Fit.of(after.state(), after.languageLevel(requirement.language()),
                    requirement.skillMargin(after.state()), after.open(), after.capacity());
            members.put(after.id(), fit);
            ordered.add(fit);
            forgetHeadIfReached(fit);
        }
    }

    Fit member(String agentId) {
        return agentId == null ? null : members.get(agentId);
    }

    /** The best {@code count} members (fewer when the list is shorter), or more of them: the cached head is reused. */
    List<Candidate> head(int count) {
        int wanted = Math.min(count, ordered.size());
        if (head == null || head.size() < wanted) {
            Candidate[] best = new Candidate[wanted];
            Fit last = null;
            int i = 0;
            for (Fit fit : ordered) {
                if (i == wanted) {
                    break;
                }
                best[i++] = fit.candidate(false);
                last = fit;
            }
            head = List.of(best);
            headLast = last;
        }
        return head;
    }

    int size() {
        return members.size();
    }

    /** A member added or removed at or before the last cached one changes the head; one after it does not. */
    private void forgetHeadIfReached(Fit changed) {
        if (headLast != null && Fit.BEST_FIRST.compare(changed, headLast) <= 0) {
            head = null;
            headLast = null;
        }
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
