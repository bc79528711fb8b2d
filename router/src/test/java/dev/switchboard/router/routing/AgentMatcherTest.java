package dev.switchboard.router.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

class AgentMatcherTest {

    private static final Instant EARLY = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant LATE = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final BullseyeStage ANY_LANGUAGE = new BullseyeStage(Duration.ZERO, 0, 0, Set.of(), Map.of());

    private final AgentMatcher matcher = new AgentMatcher(3);

    @Test
    void prefersAgentWhoSpeaksTheConversationsLanguageOverOneWithLessWork() {
        AgentState english = agent("ann", Map.of("en", 5), Map.of(), null);
        AgentState spanish = agent("bea", Map.of("es", 4), Map.of(Channel.CHAT, 2), null);

        RoutingRequest request = preferring(Channel.CHAT, "es");
        Explanation decision = matcher.decide(request, List.of(english, spanish), NOW);

        assertEquals("bea", decision.chosen().agentId());
        assertEquals("available, speaks es, 2 of 3 chat conversations open",
                matcher.explain(spanish, request).reason());
    }

    @Test
    void matchesLanguageOnPrimarySubtag() {
        AgentState mexican = agent("ana", Map.of("es-MX", 5), Map.of(Channel.CHAT, 1), null);
        AgentState english = agent("bob", Map.of("en", 5), Map.of(), null);

        assertEquals("ana", matcher.decide(preferring(Channel.CHAT, "es"), List.of(english, mexican), NOW)
                .chosen().agentId());
    }

    @Test
    void amongEqualSpeakersPrefersFewestOpenConversationsThenLongestIdleThenId() {
        AgentState busy = agent("a-busy", Map.of("en", 5), Map.of(Channel.EMAIL, 1), null);
        AgentState recent = agent("b-recent", Map.of("en", 5), Map.of(), LATE);
        AgentState idle = agent("c-idle", Map.of("en", 5), Map.of(), EARLY);
        AgentState never = agent("d-never", Map.of("en", 5), Map.of(), null);
        AgentState neverToo = agent("e-never", Map.of("en", 5), Map.of(), null);

        Explanation decision = matcher.decide(preferring(Channel.CHAT, "en"),
                List.of(busy, recent, idle, neverToo, never), NOW, 5);

        assertEquals(List.of("d-never", "e-never", "c-idle", "b-recent", "a-busy"), ids(decision));
    }

    @Test
    void sameStateGivesSameChoiceWhateverTheOrderOfAgents() {
        AgentState one = agent("one", Map.of("en", 5), Map.of(), EARLY);
        AgentState two = agent("two", Map.of("en", 5), Map.of(), EARLY);

        RoutingRequest request = preferring(Channel.CHAT, null);
        assertEquals(matcher.decide(request, List.of(one, two), NOW), matcher.decide(request, List.of(two, one), NOW));
    }

    @Test
    void excludesAgentsWhoAreNotAvailable() {
        AgentState away = state("away", Presence.AWAY, Map.of(), Map.of(), null);
        AgentState offline = state("off", Presence.OFFLINE, Map.of(), Map.of(), null);

        Explanation decision = matcher.decide(preferring(Channel.CHAT, null), List.of(away, offline), NOW);

        assertNull(decision.chosen());
        assertEquals(2, decision.excluded().notAvailable());
    }

    @Test
    void excludesAgentAtCapacityForTheChannelWithDefaultOfThreeWhenNotGiven() {
        AgentState full = agent("full", Map.of("en", 5), Map.of(Channel.SMS, 3), null);
        AgentState room = agent("room", Map.of("en", 5), Map.of(Channel.SMS, 2), null);

        Explanation decision = matcher.decide(preferring(Channel.SMS, null), List.of(full, room), NOW);

        assertEquals(List.of("room"), ids(decision));
        assertEquals(1, decision.excluded().noCapacity());
    }

    @Test
    void respectsCapacityGivenForTheChannel() {
        AgentState oneChat = state("solo", Presence.AVAILABLE, Map.of(Channel.CHAT, 1), Map.of(Channel.CHAT, 1), null);
        AgentState noEmail = state("chat-only", Presence.AVAILABLE, Map.of(Channel.EMAIL, 0), Map.of(), null);

        assertEquals(Optional.of(Exclusion.NO_CAPACITY),
                matcher.exclusion(oneChat, preferring(Channel.CHAT, null), NOW));
        assertEquals(Optional.of(Exclusion.NO_CAPACITY),
                matcher.exclusion(noEmail, preferring(Channel.EMAIL, null), NOW));
        assertTrue(matcher.eligible(noEmail, preferring(Channel.CHAT, null), NOW));
    }

    @Test
    void excludesAgentAtOverallCapAcrossChannels() {
        AgentState capped = new AgentState("capped", Presence.AVAILABLE, Map.of(), Map.of(), 2,
                Map.of(Channel.CHAT, 1, Channel.EMAIL, 1), null);

        assertEquals(Optional.of(Exclusion.NO_CAPACITY),
                matcher.exclusion(capped, preferring(Channel.SOCIAL, null), NOW));
    }

    @Test
    void neverOffersToAnAgentWhoDeclined() {
        AgentState decliner = agent("decliner", Map.of("en", 5), Map.of(), null);

        RoutingRequest request = preferring(Channel.CHAT, "en").excluding("decliner");
        Explanation decision = matcher.decide(request, List.of(decliner), NOW);

        assertNull(decision.chosen());
        assertEquals(1, decision.excluded().declined());
    }

    @Test
    void explainsAnAgentWhoDoesNotSpeakTheLanguage() {
        AgentState english = agent("ann", Map.of("en", 5), Map.of(Channel.EMAIL, 1), null);

        assertEquals("available, does not speak gu, 1 of 3 email conversations open",
                matcher.explain(english, preferring(Channel.EMAIL, "gu")).reason());
        assertEquals("available, 1 of 3 email conversations open",
                matcher.explain(english, preferring(Channel.EMAIL, null)).reason());
    }

    @Test
    void holdingOneMoreCountsTowardsCapacity() {
        AgentState agent = agent("ann", Map.of("en", 5), Map.of(Channel.CHAT, 2), null);

        assertFalse(matcher.eligible(agent.holdingOneMore(Channel.CHAT), preferring(Channel.CHAT, null), NOW));
        assertEquals(3, agent.holdingOneMore(Channel.CHAT).openTotal());
    }

    @Test
    void roomCountsFreeSlotsOnEveryChannelWithinTheOverallCap() {
        AgentState agent = new AgentState("ann", Presence.AVAILABLE, Map.of(),
                Map.of(Channel.CHAT, 2, Channel.EMAIL, 0, Channel.SMS, 0, Channel.PHONE, 1, Channel.SOCIAL, 0),
                null, Map.of(Channel.CHAT, 1), null);
        AgentState capped = new AgentState("bob", Presence.AVAILABLE, Map.of(), Map.of(), 4,
                Map.of(Channel.CHAT, 3), null);

        assertEquals(2, matcher.room(agent));
        assertEquals(Set.of(Channel.CHAT, Channel.PHONE), matcher.channelsWithRoom(agent));
        assertEquals(1, matcher.room(capped));
        assertEquals(Set.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.SOCIAL), matcher.channelsWithRoom(capped));
    }

    /** A request whose language ranks speakers first but excludes nobody (a stage with no language level). */
    private static RoutingRequest preferring(Channel channel, String language) {
        return new RoutingRequest(channel, language, Map.of(), Set.of(), null, List.of(ANY_LANGUAGE), 0);
    }

    private static List<String> ids(Explanation decision) {
        return decision.candidates().stream().map(Candidate::agentId).toList();
    }

    private static AgentState agent(String id, Map<String, Integer> languages, Map<Channel, Integer> open,
            Instant lastAssignedAt) {
        return new AgentState(id, Presence.AVAILABLE, languages, Map.of(), null, open, lastAssignedAt);
    }

    private static AgentState state(String id, Presence presence, Map<Channel, Integer> capacity,
            Map<Channel, Integer> open, Instant lastAssignedAt) {
        return new AgentState(id, presence, Map.of("en", 5), capacity, null, open, lastAssignedAt);
    }
}
