package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Makes {@link AgentMatcher}'s decisions without visiting every agent. Kept current by {@link #put} on every agent
 * change (presence, holdings, skills, schedule) and by the shift transitions it schedules itself, it holds:
 * <ul>
 * <li>running totals (available, on shift, ready per channel, ready per language and level), from which a decision
 * counts the agents excluded for presence, shift, capacity and language;</li>
 * <li>one {@link CandidateList} per distinct requirement (channel, language, stage levels, skills) asked for,
 * holding the agents that meet it, best first; built by one scan the first time the requirement is seen, then
 * maintained on each change of an agent that speaks its language (or of any agent, when it needs no language).</li>
 * </ul>
 * So a decision costs a hash lookup and a read of the list's cached head (its best few as ready-made candidates),
 * whatever the number of agents; a change costs one re-placement per candidate list the agent can be in, and a
 * rebuild of a head only when the change reaches it.
 *
 * <p>On-shift status is tracked, not asked per decision: each agent's next shift start or end is queued, and every
 * call with a later instant first applies the transitions due by then. Instants must therefore not go backwards;
 * an earlier instant is treated as the latest one seen. Not thread-safe: one owner updates and decides.
 */
public final class AgentIndex {

    public static final int DEFAULT_MAX_LISTS = 4096;

    private final AgentMatcher matcher;
    private final Map<String, IndexedAgent> agents = new HashMap<>();
    private final ReadyCounts counts = new ReadyCounts();
    private final PriorityQueue<Transition> transitions =
            new PriorityQueue<>(Comparator.comparing(Transition::at));
    private final Map<Requirement, CandidateList> lists;
    private final SkillBits skillBits = new SkillBits();
    /** Lists that need no language, by channel ordinal. */
    private final ListsByChannel anyLanguage = new ListsByChannel();
    /** Lists that need a language level of at least 1, by primary subtag, then by channel ordinal. */
    private final Map<String, ListsByChannel> byLanguage = new HashMap<>();
    private Instant now;

    public AgentIndex(AgentMatcher matcher, Instant start) {
        this(matcher, start, DEFAULT_MAX_LISTS);
    }

    /** @param maxLists candidate lists kept; past it the least recently used is dropped and rebuilt if asked again */
    public AgentIndex(AgentMatcher matcher, Instant start, int maxLists) {
        this.matcher = matcher;
        this.now = start;
        this.lists = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Requirement, CandidateList> eldest) {
                if (size() <= maxLists) {
                    return false;
                }
                unregister(eldest.getValue());
                return true;
            }
        };
    }

    /** Adds the agent or replaces what the index knew of it. */
    public void put(AgentState agent, Instant at) {
        advanceTo(at);
        IndexedAgent before = agents.get(agent.id());
        IndexedAgent after;
        if (before != null && before.state().shifts() == agent.shifts()) {
            after = IndexedAgent.of(agent, before.onShift(), before.nextTransition(), matcher, skillBits);
        } else {
            boolean onShift = agent.shifts().onShift(now);
            after = IndexedAgent.of(agent, onShift, nextTransition(agent.shifts(), onShift), matcher, skillBits);
            schedule(after);
        }
        replace(before, after);
    }

    public void putAll(Collection<AgentState> all, Instant at) {
        for (AgentState agent : all) {
            put(agent, at);
        }
    }

    public void remove(String agentId) {
        IndexedAgent before = agents.get(agentId);
        if (before != null) {
            replace(before, null);
        }
    }

    public Optional<AgentState> agent(String agentId) {
        IndexedAgent indexed = agents.get(agentId);
        return indexed == null ? Optional.empty() : Optional.of(indexed.state());
    }

    public int size() {
        return agents.size();
    }

    /** Applies the shift starts and ends due by {@code at}. */
    public void advanceTo(Instant at) {
        if (at.isAfter(now)) {
            now = at;
        }
        while (!transitions.isEmpty() && !transitions.peek().at().isAfter(now)) {
            Transition due = transitions.poll();
            IndexedAgent before = agents.get(due.agentId());
            if (before == null || !due.at().equals(before.nextTransition())) {
                continue;
            }
            ShiftCalendar shifts = before.state().shifts();
            boolean onShift = shifts.onShift(now);
            IndexedAgent after = before.withShift(onShift, nextTransition(shifts, onShift));
            schedule(after);
            replace(before, after);
        }
    }

    /** The same answer as {@link AgentMatcher#decide} over every agent in the index. */
    public Explanation decide(RoutingRequest request, Instant at) {
        return decide(request, at, AgentMatcher.DEFAULT_CANDIDATES);
    }

    public Explanation decide(RoutingRequest request, Instant at, int limit) {
        advanceTo(at);
        Requirement requirement = Requirement.of(request);
        CandidateList list = lists.get(requirement);
        if (list == null) {
            list = build(requirement);
        }
        Set<String> declined = request.excludedAgents();
        int declinedMembers = 0;
        for (String agentId : declined) {
            if (list.member(agentId) != null) {
                declinedMembers++;
            }
        }
        String previous = request.previousAgentId();
        Fit sticky = previous == null || declined.contains(previous) ? null : list.member(previous);
        List<Candidate> candidates = candidates(list, limit, sticky, declined, declinedMembers);
        return new Explanation(request.stage(), candidates.isEmpty() ? null : candidates.get(0), candidates,
                list.size() - declinedMembers, exclusions(requirement, list.size(), declinedMembers));
    }

    /**
     * The sticky agent, then the head of the list without it and without declined members. The head holds at least
     * {@code limit} more than the members to skip, so it always has enough; without any to skip it is the answer.
     */
    private static List<Candidate> candidates(CandidateList list, int limit, Fit sticky, Set<String> declined,
            int declinedMembers) {
        if (limit <= 0) {
            return List.of();
        }
        int skipped = declinedMembers + (sticky == null ? 0 : 1);
        List<Candidate> head = list.head(limit + skipped);
        if (skipped == 0) {
            return head.size() <= limit ? head : head.subList(0, limit);
        }
        List<Candidate> candidates = new ArrayList<>(limit);
        if (sticky != null) {
            candidates.add(sticky.candidate(true));
        }
        for (Candidate candidate : head) {
            if (candidates.size() >= limit) {
                break;
            }
            boolean isSticky = sticky != null && candidate.agentId().equals(sticky.agent().id());
            if (!isSticky && (declinedMembers == 0 || !declined.contains(candidate.agentId()))) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    private Exclusions exclusions(Requirement requirement, int meeting, int declined) {
        int ready = counts.ready(requirement.channel());
        int speaking = requirement.minLanguageLevel() == 0 ? ready
                : counts.readySpeaking(requirement.channel(), requirement.language(), requirement.minLanguageLevel());
        return new Exclusions(counts.total() - counts.available(), counts.available() - counts.availableOnShift(),
                counts.availableOnShift() - ready, ready - speaking, speaking - meeting, declined);
    }

    private CandidateList build(Requirement requirement) {
        CandidateList list = new CandidateList(requirement, skillBits.requiredMask(requirement));
        for (IndexedAgent agent : agents.values()) {
            list.update(null, agent);
        }
        lists.put(requirement, list);
        group(requirement).add(list);
        return list;
    }

    private void unregister(CandidateList list) {
        group(list.requirement()).remove(list);
    }

    private ListsByChannel group(Requirement requirement) {
        return requirement.minLanguageLevel() == 0 ? anyLanguage
                : byLanguage.computeIfAbsent(requirement.language(), l -> new ListsByChannel());
    }

    private void replace(IndexedAgent before, IndexedAgent after) {
        if (before != null) {
            counts.remove(before);
        }
        if (after != null) {
            counts.add(after);
            agents.put(after.id(), after);
        } else {
            agents.remove(before.id());
        }
        anyLanguage.update(before, after);
        // A list that needs a language can only hold agents who speak it, before or after the change.
        Set<String> languages = new HashSet<>();
        if (before != null) {
            languages.addAll(before.languages().keySet());
        }
        if (after != null) {
            languages.addAll(after.languages().keySet());
        }
        for (String language : languages) {
            ListsByChannel speaking = byLanguage.get(language);
            if (speaking != null) {
                speaking.update(before, after);
            }
        }
    }

    private Instant nextTransition(ShiftCalendar shifts, boolean onShift) {
        Optional<Instant> next = onShift ? shifts.shiftEnd(now) : shifts.nextShiftStart(now);
        // A calendar that answers with the present (or the past) has nothing left to change.
        return next.filter(instant -> instant.isAfter(now)).orElse(null);
    }

    private void schedule(IndexedAgent agent) {
        if (agent.nextTransition() != null) {
            transitions.add(new Transition(agent.nextTransition(), agent.id()));
        }
    }

    private record Transition(Instant at, String agentId) {
    }
}
