package dev.switchboard.router.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.switchboard.router.routing.BullseyeStage;
import dev.switchboard.router.routing.Candidate;
import dev.switchboard.router.routing.Exclusions;
import dev.switchboard.router.routing.Explanation;
import dev.switchboard.router.routing.RoutingRequest;

/**
 * The last routing decision about a conversation, as stored in {@code conversations.explanation} and shown by
 * {@code GET /v1/conversations/{id}}. Bounded whatever the number of agents: the best few candidates and a count
 * per exclusion reason. Plain strings and numbers only, so any JSON mapper stores and reads it alike.
 *
 * @param stage      the bullseye stage the decision used
 * @param requires   what that stage asked of an agent
 * @param chosen     the agent offered the conversation; null when it waits
 * @param why        one sentence: why the chosen agent, or why nobody
 * @param considered agents looked at: every agent for a conversation looking for an agent (those not AVAILABLE
 *                   are only counted, as NOT_AVAILABLE); the one agent when an agent with room took it from the queue
 * @param eligible   how many of them could take it
 * @param candidates the best eligible agents, best first, at most {@link #MAX_CANDIDATES}
 * @param excluded   exclusion reason (OFF_SHIFT, NO_CAPACITY, LANGUAGE, SKILL, DECLINED, NOT_AVAILABLE) to count
 */
public record RoutingExplanation(
        String decidedAt,
        int rulesVersion,
        int stage,
        StageRequirement requires,
        String chosen,
        String why,
        int considered,
        int eligible,
        List<CandidateView> candidates,
        Map<String, Integer> excluded) {

    public static final int MAX_CANDIDATES = 5;

    /** The stage's demands: the conversation's skills and language, and how this stage relaxes them. */
    public record StageRequirement(String language, int minLanguageLevel, Map<String, Integer> skills,
            int skillLevelRelaxation, List<String> dropSkills, Map<String, Integer> addSkills) {
    }

    /** A candidate's score components, in the order they rank (sticky, language, skills, occupancy, idle). */
    public record CandidateView(String agentId, boolean sticky, int languageLevel, int skillMargin, int open,
            int capacity, double occupancy, String lastAssignedAt) {
    }

    static RoutingExplanation of(Explanation decision, RoutingRequest request, int rulesVersion, int considered,
            Candidate chosen, String why, Instant at) {
        return of(decision, request, rulesVersion, considered, 0, chosen, why, at);
    }

    /** @param notAvailable agents left out of the decision's snapshot because they are not AVAILABLE */
    static RoutingExplanation of(Explanation decision, RoutingRequest request, int rulesVersion, int considered,
            int notAvailable, Candidate chosen, String why, Instant at) {
        BullseyeStage stage = request.currentStage();
        StageRequirement requires = new StageRequirement(request.language(), stage.minLanguageLevel(),
                new TreeMap<>(request.skills()), stage.skillLevelRelaxation(),
                stage.dropSkills().stream().sorted().toList(), new TreeMap<>(stage.addSkills()));
        List<CandidateView> candidates = decision.candidates().stream().limit(MAX_CANDIDATES)
                .map(RoutingExplanation::view).toList();
        return new RoutingExplanation(at.toString(), rulesVersion, request.stage(), requires,
                chosen == null ? null : chosen.agentId(), why, considered + notAvailable, decision.eligible(),
                candidates, counts(decision.excluded(), notAvailable));
    }

    private static CandidateView view(Candidate c) {
        return new CandidateView(c.agentId(), c.sticky(), c.languageLevel(), c.skillMargin(), c.open(), c.capacity(),
                Math.round(c.occupancy() * 1000) / 1000.0,
                c.lastAssignedAt() == null ? null : c.lastAssignedAt().toString());
    }

    private static Map<String, Integer> counts(Exclusions e, int notAvailable) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        put(counts, "NOT_AVAILABLE", e.notAvailable() + notAvailable);
        put(counts, "OFF_SHIFT", e.offShift());
        put(counts, "NO_CAPACITY", e.noCapacity());
        put(counts, "LANGUAGE", e.language());
        put(counts, "SKILL", e.skill());
        put(counts, "DECLINED", e.declined());
        return counts;
    }

    private static void put(Map<String, Integer> counts, String reason, int n) {
        if (n > 0) {
            counts.put(reason, n);
        }
    }
}
