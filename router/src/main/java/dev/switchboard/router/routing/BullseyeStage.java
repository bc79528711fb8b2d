package dev.switchboard.router.routing;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * One ring of the bullseye: what a conversation requires of an agent once it has waited {@code after}.
 * Stage 0 is the strictest; each later stage relaxes it.
 *
 * @param after                how long the conversation waits before this stage applies
 * @param minLanguageLevel     the lowest level (1..5) at which an agent's language counts; 0 drops the requirement
 * @param skillLevelRelaxation levels subtracted from every required skill level (never below 1)
 * @param dropSkills           required skills no longer required at this stage
 * @param addSkills            skills (with minimum level) that become acceptable substitutes: an agent with any of
 *                             them at that level counts as having every dropped skill
 */
public record BullseyeStage(Duration after, int minLanguageLevel, int skillLevelRelaxation, Set<String> dropSkills,
        Map<String, Integer> addSkills) {

    public BullseyeStage {
        dropSkills = dropSkills == null ? Set.of() : Set.copyOf(dropSkills);
        addSkills = addSkills == null ? Map.of() : Map.copyOf(addSkills);
    }
}
