package dev.switchboard.router.routing;

import java.util.List;

/**
 * Why a conversation went where it did, or why it waits: what is stored with the conversation and shown on its API.
 *
 * @param stage      the bullseye stage the decision used
 * @param chosen     the agent picked, null when nobody is eligible
 * @param candidates the best eligible agents, best first, the chosen one first; at most the decision's limit
 * @param eligible   how many agents were eligible
 * @param excluded   how many agents each rule excluded
 */
public record Explanation(int stage, Candidate chosen, List<Candidate> candidates, int eligible,
        Exclusions excluded) {

    public Explanation {
        candidates = List.copyOf(candidates);
    }
}
