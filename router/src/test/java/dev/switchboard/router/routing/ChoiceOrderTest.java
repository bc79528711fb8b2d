package dev.switchboard.router.routing;

import static dev.switchboard.router.routing.Agents.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

class ChoiceOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final AgentMatcher matcher = new AgentMatcher(3);

    @Test
    void previousAgentWinsOverABetterFitWhenEligible() {
        List<AgentState> agents = List.of(
                agent("expert").skill("billing", 5).build(),
                agent("previous").speaks("en", 4).skill("billing", 3).open(Channel.CHAT, 2).build());

        Explanation explanation = matcher.decide(request("previous", Set.of()), agents, NOW);

        assertEquals("previous", explanation.chosen().agentId());
        assertTrue(explanation.chosen().sticky());
        assertEquals(List.of("previous", "expert"), ids(explanation));
        assertFalse(explanation.candidates().get(1).sticky());
    }

    @Test
    void previousAgentWhoIsNotEligibleOrDeclinedIsPassedOver() {
        List<AgentState> agents = List.of(
                agent("other").skill("billing", 3).build(),
                agent("previous").skill("billing", 5).presence(Presence.AWAY).build(),
                agent("decliner").skill("billing", 5).build());

        assertEquals("other", matcher.decide(request("previous", Set.of("decliner")), agents, NOW).chosen().agentId());
        assertEquals("other", matcher.decide(request("decliner", Set.of("decliner")), agents, NOW).chosen().agentId());
    }

    @Test
    void higherLanguageLevelBeatsHigherSkills() {
        List<AgentState> agents = List.of(
                agent("fluent").speaks("en", 4).skill("billing", 5).build(),
                agent("native").speaks("en-GB", 5).skill("billing", 3).build());

        assertEquals(List.of("native", "fluent"), ids(matcher.decide(request(null, Set.of()), agents, NOW)));
    }

    @Test
    void higherSkillMarginBeatsLowerOccupancy() {
        List<AgentState> agents = List.of(
                agent("idle").skill("billing", 3).build(),
                agent("skilled").skill("billing", 5).open(Channel.EMAIL, 4).capacity(Channel.EMAIL, 5).build());

        Explanation explanation = matcher.decide(request(null, Set.of()), agents, NOW);

        assertEquals(List.of("skilled", "idle"), ids(explanation));
        assertEquals(2, explanation.chosen().skillMargin());
    }

    @Test
    void lowerOccupancyWinsAsAShareOfTheAgentsOwnCapacity() {
        // 2 of 20 (capacity 3 on four channels + 8 on chat) is less occupied than 1 of 5 (overall cap of 5).
        List<AgentState> agents = List.of(
                agent("capped").maxConcurrent(5).open(Channel.EMAIL, 1).skill("billing", 3).build(),
                agent("roomy").capacity(Channel.CHAT, 8).open(Channel.CHAT, 2).skill("billing", 3).build());

        Explanation explanation = matcher.decide(request(null, Set.of()), agents, NOW);

        assertEquals(List.of("roomy", "capped"), ids(explanation));
        assertEquals(0.1, explanation.chosen().occupancy(), 1e-9);
        assertEquals(20, explanation.chosen().capacity());
    }

    @Test
    void equalFitAndOccupancyGoesToTheLongestIdleThenTheLowestId() {
        List<AgentState> agents = List.of(
                agent("a-recent").skill("billing", 3).lastAssignedAt("2026-03-02T11:00:00Z").build(),
                agent("b-earlier").skill("billing", 3).lastAssignedAt("2026-03-02T09:00:00Z").build(),
                agent("d-never").skill("billing", 3).build(),
                agent("c-never").skill("billing", 3).build());

        Explanation explanation = matcher.decide(request(null, Set.of()), agents, NOW, 4);

        assertEquals(List.of("c-never", "d-never", "b-earlier", "a-recent"), ids(explanation));
    }

    @Test
    void keepsTheTopThreeByDefaultAndCountsEveryEligibleAgent() {
        List<AgentState> agents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            agents.add(agent("agent-" + i).skill("billing", 3 + i % 3).build());
        }

        Explanation explanation = matcher.decide(request(null, Set.of()), agents, NOW);

        assertEquals(List.of("agent-2", "agent-1", "agent-4"), ids(explanation));
        assertEquals(5, explanation.eligible());
        assertEquals(explanation.candidates().get(0), explanation.chosen());
    }

    @Test
    void nobodyEligibleLeavesNoChoiceButStillExplains() {
        Explanation explanation = matcher.decide(request(null, Set.of()),
                List.of(agent("french").speaks("fr", 5).skill("billing", 5).build()), NOW);

        assertNull(explanation.chosen());
        assertEquals(List.of(), explanation.candidates());
        assertEquals(1, explanation.excluded().language());
    }

    @Test
    void sameStateGivesTheSameDecisionWhateverTheOrderOfAgents() {
        List<AgentState> agents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            agents.add(agent("agent-" + i).skill("billing", 3 + i % 2).open(Channel.CHAT, i % 3).build());
        }
        Explanation first = matcher.decide(request(null, Set.of()), agents, NOW);
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(agents, random);
            assertEquals(first, matcher.decide(request(null, Set.of()), agents, NOW));
        }
    }

    @Test
    void explanationSurvivesJsonRoundTrip() throws Exception {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        Explanation explanation = matcher.decide(request("b", Set.of()), List.of(
                agent("a").skill("billing", 4).lastAssignedAt("2026-03-02T09:00:00Z").build(),
                agent("b").skill("billing", 3).build(),
                agent("c").presence(Presence.OFFLINE).build()), NOW);

        String text = json.writeValueAsString(explanation);

        assertEquals(explanation, json.readValue(text, Explanation.class));
        assertTrue(text.contains("\"skillMargin\":1"), text);
        assertTrue(text.contains("\"notAvailable\":1"), text);
    }

    private static RoutingRequest request(String previousAgentId, Set<String> declined) {
        return new RoutingRequest(Channel.CHAT, "en", Map.of("billing", 3), declined, previousAgentId,
                Bullseye.STRICT, 0);
    }

    private static List<String> ids(Explanation explanation) {
        return explanation.candidates().stream().map(Candidate::agentId).toList();
    }
}
