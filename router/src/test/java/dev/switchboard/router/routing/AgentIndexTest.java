package dev.switchboard.router.routing;

import static dev.switchboard.router.routing.Agents.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

class AgentIndexTest {

    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    private final AgentMatcher matcher = new AgentMatcher(3);
    private final AgentIndex index = new AgentIndex(matcher, START);

    @Test
    void shiftStartAndEndTakeEffectAsTimeMovesWithoutAnyUpdate() {
        index.put(agent("kolkata").speaks("hi", 5).shifts(DailyShift.of("Asia/Kolkata", "09:00", "17:00")).build(),
                START);
        RoutingRequest hindi = EligibilityTest.strict(Channel.CHAT, "hi", Map.of());

        assertEquals(1, index.decide(hindi, Instant.parse("2026-03-02T03:29:59Z")).excluded().offShift());
        assertEquals("kolkata", index.decide(hindi, Instant.parse("2026-03-02T03:30:00Z")).chosen().agentId());
        assertNull(index.decide(hindi, Instant.parse("2026-03-02T11:30:00Z")).chosen());
        assertEquals("kolkata", index.decide(hindi, Instant.parse("2026-03-04T04:00:00Z")).chosen().agentId());
    }

    @Test
    void holdingsChangeMovesAnAgentDownTheOrderAndOutAtCapacity() {
        index.put(agent("ann").capacity(Channel.CHAT, 2).build(), START);
        index.put(agent("bob").capacity(Channel.CHAT, 2).build(), START);
        RoutingRequest chat = EligibilityTest.strict(Channel.CHAT, "en", Map.of());

        assertEquals("ann", index.decide(chat, START).chosen().agentId());
        index.put(agent("ann").capacity(Channel.CHAT, 2).open(Channel.CHAT, 1).build(), START);
        assertEquals("bob", index.decide(chat, START).chosen().agentId());
        index.put(agent("bob").capacity(Channel.CHAT, 2).open(Channel.CHAT, 2).build(), START);

        Explanation explanation = index.decide(chat, START);
        assertEquals("ann", explanation.chosen().agentId());
        assertEquals(1, explanation.excluded().noCapacity());
    }

    @Test
    void presenceChangesAndRemovalAreCounted() {
        index.put(agent("ann").build(), START);
        index.put(agent("bob").build(), START);
        RoutingRequest chat = EligibilityTest.strict(Channel.CHAT, "en", Map.of());
        index.decide(chat, START);

        index.put(agent("ann").presence(Presence.AWAY).build(), START);
        index.remove("bob");

        Explanation explanation = index.decide(chat, START);
        assertNull(explanation.chosen());
        assertEquals(new Exclusions(1, 0, 0, 0, 0, 0), explanation.excluded());
    }

    @Test
    void droppedCandidateListsAreRebuiltWithTheSameAnswers() {
        AgentIndex tiny = new AgentIndex(matcher, START, 1);
        List<AgentState> agents = List.of(
                agent("ann").skill("billing", 4).build(),
                agent("bea").speaks("es", 5).skill("billing", 2).build(),
                agent("cat").speaks("es", 4, "en", 4).skill("tax", 3).build());
        tiny.putAll(agents, START);
        List<RoutingRequest> requests = List.of(
                EligibilityTest.strict(Channel.CHAT, "en", Map.of("billing", 3)),
                EligibilityTest.strict(Channel.CHAT, "es", Map.of()),
                EligibilityTest.strict(Channel.EMAIL, "en", Map.of("tax", 1)));

        for (int round = 0; round < 3; round++) {
            for (RoutingRequest request : requests) {
                assertEquals(matcher.decide(request, agents, START), tiny.decide(request, START));
            }
            tiny.put(agent("ann").skill("billing", 4).open(Channel.CHAT, round).build(), START);
            agents = List.of(tiny.agent("ann").orElseThrow(), agents.get(1), agents.get(2));
        }
    }

    @Test
    void declinedMembersAreSkippedAndCounted() {
        index.put(agent("ann").build(), START);
        index.put(agent("bob").build(), START);
        RoutingRequest request = new RoutingRequest(Channel.CHAT, "en", Map.of(), Set.of("ann", "zed"), "ann",
                Bullseye.STRICT, 0);

        Explanation explanation = index.decide(request, START);

        assertEquals("bob", explanation.chosen().agentId());
        assertEquals(1, explanation.excluded().declined());
        assertEquals(1, explanation.eligible());
    }

    @Test
    void skillsBeyondTheSixtyFourthAreStillMatched() {
        Agents polymath = agent("polymath");
        for (int i = 0; i < 70; i++) {
            polymath.skill("skill-" + i, 3);
        }
        index.put(polymath.build(), START);
        index.put(agent("late").skill("skill-69", 3).skill("skill-99", 2).build(), START);
        RoutingRequest rare = EligibilityTest.strict(Channel.CHAT, "en", Map.of("skill-69", 3, "skill-99", 1));

        assertEquals("late", index.decide(rare, START).chosen().agentId());
        index.put(agent("later").skill("skill-69", 4).skill("skill-99", 2).build(), START);
        assertEquals("later", index.decide(rare, START).chosen().agentId());
        assertEquals(1, index.decide(rare, START).excluded().skill());
    }

    @Test
    void bestCandidatesFollowChangesAboveAndBelowTheHeadOfTheList() {
        List<AgentState> agents = new ArrayList<>(List.of(
                agent("a").lastAssignedAt("2026-03-01T08:00:00Z").build(),
                agent("b").lastAssignedAt("2026-03-01T09:00:00Z").build(),
                agent("c").lastAssignedAt("2026-03-01T10:00:00Z").build(),
                agent("d").lastAssignedAt("2026-03-01T11:00:00Z").build(),
                agent("e").lastAssignedAt("2026-03-01T12:00:00Z").build()));
        index.putAll(agents, START);
        RoutingRequest chat = EligibilityTest.strict(Channel.CHAT, "en", Map.of());
        assertEquals(List.of("a", "b", "c"), ids(index.decide(chat, START)));

        change(agents, agent("e").build());
        assertEquals(List.of("e", "a", "b"), ids(index.decide(chat, START)), "a newcomer above the head");
        change(agents, agent("d").lastAssignedAt("2026-03-01T11:30:00Z").build());
        assertEquals(List.of("e", "a", "b"), ids(index.decide(chat, START)), "a move below the head");
        change(agents, agent("a").open(Channel.CHAT, 1).build());
        assertEquals(List.of("e", "b", "c", "d"), ids(index.decide(chat, START, 4)), "a member of the head leaves it");
        assertEquals(matcher.decide(chat, agents, START, 5), index.decide(chat, START, 5));
    }

    private void change(List<AgentState> agents, AgentState changed) {
        agents.replaceAll(agent -> agent.id().equals(changed.id()) ? changed : agent);
        index.put(changed, START);
    }

    private static List<String> ids(Explanation explanation) {
        return explanation.candidates().stream().map(Candidate::agentId).toList();
    }
}
