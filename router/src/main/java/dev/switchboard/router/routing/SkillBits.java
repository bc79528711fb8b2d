package dev.switchboard.router.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the first 64 skill names seen a bit each, so the index can rule out in one instruction a candidate list
 * that needs a skill the agent lacks. Bits are handed out as agents are put and never taken back, so an agent's
 * mask holds every skill it has that has a bit; a skill past the 64th simply is not prefiltered.
 */
final class SkillBits {

    private final Map<String, Long> bits = new HashMap<>();

    long agentMask(Map<String, Integer> skills) {
        long mask = 0;
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            if (Languages.clamp(skill.getValue()) > 0) {
                mask |= bitFor(skill.getKey(), true);
            }
        }
        return mask;
    }

    /** The skills every agent of the list must have at some level; those without a bit are left out. */
    long requiredMask(Requirement requirement) {
        long mask = 0;
        for (String skill : requirement.required().keySet()) {
            mask |= bitFor(skill, false);
        }
        return mask;
    }

    private long bitFor(String skill, boolean assign) {
        Long bit = bits.get(skill);
        if (bit == null && assign && bits.size() < Long.SIZE) {
            bit = 1L << bits.size();
            bits.put(skill, bit);
        }
        return bit == null ? 0 : bit;
    }
}
