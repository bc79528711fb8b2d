package dev.switchboard.router.routing;

import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;

/**
 * What a request asks of an agent at its bullseye stage, worked out once per decision. Two requests that ask the
 * same are equal, which is what {@link AgentIndex} keeps its candidate lists by.
 *
 * @param language         primary language subtag, null when the conversation's language is unknown
 * @param minLanguageLevel the agent's level in {@code language} must reach this; 0 requires nothing
 * @param wanted           the request's skills at their original levels: what the skill margin is measured against
 * @param required         skills every agent must have at the stage's (relaxed) level
 * @param dropped          skills the stage dropped, at the relaxed level
 * @param substitutes      the stage's added skills: when any were dropped, an agent must have every dropped skill
 *                         or any one substitute; without substitutes the dropped skills are simply not required
 */
record Requirement(Channel channel, String language, int minLanguageLevel, Map<String, Integer> wanted,
        Map<String, Integer> required, Map<String, Integer> dropped, Map<String, Integer> substitutes) {

    static Requirement of(RoutingRequest request) {
        BullseyeStage stage = request.currentStage();
        String language = request.language() == null || request.language().isBlank()
                ? null : Languages.primary(request.language());
        int minLanguageLevel = language == null ? 0 : stage.minLanguageLevel();
        if (stage.skillLevelRelaxation() == 0 && stage.dropSkills().isEmpty()) {
            return new Requirement(request.channel(), language, minLanguageLevel, request.skills(), request.skills(),
                    Map.of(), Map.of());
        }
        Map<String, Integer> required = new HashMap<>();
        Map<String, Integer> dropped = new HashMap<>();
        request.skills().forEach((skill, level) -> {
            int relaxed = Math.max(1, level - stage.skillLevelRelaxation());
            (stage.dropSkills().contains(skill) ? dropped : required).put(skill, relaxed);
        });
        return new Requirement(request.channel(), language, minLanguageLevel, request.skills(), Map.copyOf(required),
                Map.copyOf(dropped), dropped.isEmpty() ? Map.of() : stage.addSkills());
    }

    int languageLevel(AgentState agent) {
        return language == null ? 0 : Languages.level(agent.languages(), language);
    }

    boolean skillsMet(AgentState agent) {
        for (Map.Entry<String, Integer> skill : required.entrySet()) {
            if (agent.skill(skill.getKey()) < skill.getValue()) {
                return false;
            }
        }
        return substitutes.isEmpty() || hasAll(agent, dropped) || hasAny(agent, substitutes);
    }

    /** How far the agent's levels exceed the original requirement, summed; a missing skill counts as level 0. */
    int skillMargin(AgentState agent) {
        int margin = 0;
        for (Map.Entry<String, Integer> skill : wanted.entrySet()) {
            margin += agent.skill(skill.getKey()) - skill.getValue();
        }
        return margin;
    }

    private static boolean hasAll(AgentState agent, Map<String, Integer> skills) {
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            if (agent.skill(skill.getKey()) < skill.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAny(AgentState agent, Map<String, Integer> skills) {
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            if (agent.skill(skill.getKey()) >= skill.getValue()) {
                return true;
            }
        }
        return false;
    }
}
