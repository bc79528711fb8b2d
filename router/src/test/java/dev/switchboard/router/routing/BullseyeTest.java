package dev.switchboard.router.routing;

import static dev.switchboard.router.routing.Agents.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;

class BullseyeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    /** Fluent and skilled; after 1 min level 3 speakers; after 2 min skills one level lower; after 5 min the
     * "tax" skill dropped, with "billing" 4 as a substitute. */
    private static final List<BullseyeStage> STAGES = List.of(
            Bullseye.FLUENT_AND_SKILLED,
            new BullseyeStage(Duration.ofMinutes(1), 3, 0, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofMinutes(2), 3, 1, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofMinutes(5), 3, 1, Set.of("tax"), Map.of("billing", 4)),
            new BullseyeStage(Duration.ofMinutes(10), 0, 2, Set.of("tax"), Map.of()));

    private final AgentMatcher matcher = new AgentMatcher(3);

    @Test
    void stageFollowsTheTimeWaited() {
        assertEquals(0, Bullseye.stageAfter(STAGES, Duration.ZERO));
        assertEquals(0, Bullseye.stageAfter(STAGES, Duration.ofSeconds(59)));
        assertEquals(1, Bullseye.stageAfter(STAGES, Duration.ofMinutes(1)));
        assertEquals(3, Bullseye.stageAfter(STAGES, Duration.ofMinutes(9)));
        assertEquals(4, Bullseye.stageAfter(STAGES, Duration.ofHours(3)));
        assertEquals(2, RoutingRequest.afterWaiting(Channel.CHAT, "de", Map.of(), Set.of(), null, STAGES,
                Duration.ofMinutes(3)).stage());
    }

    @Test
    void aStageBeyondTheLastUsesTheLastAndReportsIt() {
        RoutingRequest request = request(Map.of()).atStage(42);

        assertEquals(4, request.stage());
        assertEquals(4, matcher.decide(request, List.of(), NOW).stage());
    }

    @Test
    void laterStageAcceptsALowerLanguageLevel() {
        AgentState intermediate = agent("b1").speaks("de", 3).build();
        AgentState beginner = agent("a2").speaks("de", 2).build();

        assertFalse(matcher.eligible(intermediate, request(Map.of()), NOW));
        assertTrue(matcher.eligible(intermediate, request(Map.of()).atStage(1), NOW));
        assertFalse(matcher.eligible(beginner, request(Map.of()).atStage(3), NOW));
    }

    @Test
    void languageRequirementCanBeDroppedEntirely() {
        AgentState english = agent("en").speaks("en", 5).build();

        assertFalse(matcher.eligible(english, request(Map.of()).atStage(3), NOW));
        assertTrue(matcher.eligible(english, request(Map.of()).atStage(4), NOW));
    }

    @Test
    void laterStageLowersSkillLevelsButNeverBelowOne() {
        AgentState two = agent("two").speaks("de", 4).skill("billing", 2).build();
        AgentState one = agent("one").speaks("de", 4).skill("billing", 1).skill("returns", 1).build();

        assertFalse(matcher.eligible(two, request(Map.of("billing", 3)).atStage(1), NOW));
        assertTrue(matcher.eligible(two, request(Map.of("billing", 3)).atStage(2), NOW));
        assertTrue(matcher.eligible(one, request(Map.of("returns", 1)).atStage(4), NOW));
        assertFalse(matcher.eligible(agent("none").speaks("de", 4).build(),
                request(Map.of("returns", 1)).atStage(4), NOW));
    }

    @Test
    void droppedSkillIsMetByASubstituteOrByTheSkillItself() {
        RoutingRequest tax = request(Map.of("tax", 4, "invoices", 2)).atStage(3);
        AgentState billing = agent("billing").speaks("de", 4).skill("invoices", 2).skill("billing", 4).build();
        AgentState taxExpert = agent("tax").speaks("de", 4).skill("invoices", 2).skill("tax", 3).build();
        AgentState neither = agent("neither").speaks("de", 4).skill("invoices", 2).skill("billing", 3).build();

        assertTrue(matcher.eligible(billing, tax, NOW));
        assertTrue(matcher.eligible(taxExpert, tax, NOW), "tax 4 relaxed by one level");
        assertFalse(matcher.eligible(neither, tax, NOW));
        assertFalse(matcher.eligible(billing, tax.atStage(2), NOW), "no substitute before the drop");
    }

    @Test
    void droppedSkillWithoutSubstitutesIsNoLongerRequired() {
        AgentState invoicesOnly = agent("inv").speaks("de", 1).skill("invoices", 1).build();

        assertTrue(matcher.eligible(invoicesOnly, request(Map.of("tax", 5, "invoices", 3)).atStage(4), NOW));
    }

    @Test
    void substitutesOnlyWidenWhenTheRequestHadTheDroppedSkill() {
        AgentState billing = agent("billing").speaks("de", 4).skill("billing", 5).build();

        assertFalse(matcher.eligible(billing, request(Map.of("invoices", 2)).atStage(3), NOW));
    }

    @Test
    void requestWithoutStagesUsesTheStrictStage() {
        RoutingRequest request = new RoutingRequest(Channel.CHAT, "de", Map.of(), Set.of(), null, List.of(), 0);

        assertEquals(Bullseye.STRICT, request.stages());
        assertFalse(matcher.eligible(agent("b1").speaks("de", 3).build(), request, NOW));
    }

    private static RoutingRequest request(Map<String, Integer> skills) {
        return new RoutingRequest(Channel.CHAT, "de", skills, Set.of(), null, STAGES, 0);
    }
}
