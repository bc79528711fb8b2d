package dev.switchboard.router.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the rules make of a message.
 *
 * @param skills        skill name to the minimum level an agent needs
 * @param priority      0 (normal) .. 100
 * @param firstResponse the first-response target, or null when the rules set none for the channel and priority
 * @param matchedRules  names of the rules that matched, in rule order
 */
public record Classification(Map<String, Integer> skills, int priority, Duration firstResponse,
        List<String> matchedRules) {

    public Classification {
        skills = Map.copyOf(skills);
        matchedRules = List.copyOf(matchedRules);
    }
}
