package dev.switchboard.router.routing;

import java.util.List;
import java.util.Map;

/**
 * Routing rules as operators write them and as each version is stored (JSON). {@link RoutingRules#compile}
 * checks and compiles one.
 *
 * @param defaultSkills channel to the skills (name to minimum level) a conversation needs when no rule gives one
 * @param rules         conditions on a message and what a match adds: skills with levels, a priority
 * @param sla           channel to first-response targets by priority: the target with the highest
 *                      {@code minPriority} not above the conversation's priority applies
 * @param stages        the bullseye: what is required of an agent after each wait, strictest first
 */
public record RuleSetDefinition(
        Map<String, Map<String, Integer>> defaultSkills,
        List<Rule> rules,
        Map<String, List<SlaTarget>> sla,
        List<Stage> stages) {

    /**
     * Every condition given must hold; within a list any one value will do. An empty list is no condition.
     *
     * @param languages primary subtags the decided language must have ("en" matches en-GB)
     * @param keywords  words or phrases, any of which in the subject or text (case-insensitive, whole words)
     * @param pattern   a Java regular expression found in the subject or text (case-insensitive, Unicode)
     * @param priority  0 (normal) .. 100 (most urgent); the highest of all matching rules applies
     */
    public record Rule(String name, List<String> channels, List<String> providers, List<String> flags,
            List<String> customerTiers, List<String> languages, List<String> keywords, String pattern,
            Map<String, Integer> skills, Integer priority) {
    }

    /** @param firstResponse ISO-8601 duration, e.g. PT2M */
    public record SlaTarget(Integer minPriority, String firstResponse) {
    }

    /** @param after ISO-8601 duration the conversation has waited when this stage applies; the first is PT0S */
    public record Stage(String after, Integer minLanguageLevel, Integer skillLevelRelaxation, List<String> dropSkills,
            Map<String, Integer> addSkills) {
    }
}
