package dev.switchboard.router.routing;

import static dev.switchboard.router.routing.Agents.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

class EligibilityTest {

    private static final Instant NOON_UTC = Instant.parse("2026-03-02T12:00:00Z");

    private final AgentMatcher matcher = new AgentMatcher(3);

    @Test
    void awayAndOfflineAgentsAreNotAvailable() {
        RoutingRequest request = strict(Channel.CHAT, "en", Map.of());

        assertEquals(Optional.of(Exclusion.NOT_AVAILABLE),
                matcher.exclusion(agent("a").presence(Presence.AWAY).build(), request, NOON_UTC));
        assertEquals(Optional.of(Exclusion.NOT_AVAILABLE),
                matcher.exclusion(agent("o").presence(Presence.OFFLINE).build(), request, NOON_UTC));
        assertTrue(matcher.eligible(agent("ok").build(), request, NOON_UTC));
    }

    @Test
    void agentOutsideItsShiftIsExcludedAtTheDecisionInstant() {
        AgentState nineToFive = agent("london").shifts(DailyShift.of("Europe/London", "09:00", "17:00")).build();
        RoutingRequest request = strict(Channel.CHAT, "en", Map.of());

        assertTrue(matcher.eligible(nineToFive, request, NOON_UTC));
        assertEquals(Optional.of(Exclusion.OFF_SHIFT),
                matcher.exclusion(nineToFive, request, Instant.parse("2026-03-02T17:00:00Z")));
    }

    @Test
    void halfHourZoneShiftStartsAtItsOwnLocalTime() {
        // 09:00 in Kolkata (UTC+05:30) is 03:30 UTC: on shift then, not a minute before.
        AgentState kolkata = agent("kolkata").speaks("hi", 5)
                .shifts(DailyShift.of("Asia/Kolkata", "09:00", "17:00")).build();
        RoutingRequest request = strict(Channel.CHAT, "hi", Map.of());

        assertEquals(Optional.of(Exclusion.OFF_SHIFT),
                matcher.exclusion(kolkata, request, Instant.parse("2026-03-02T03:29:00Z")));
        assertTrue(matcher.eligible(kolkata, request, Instant.parse("2026-03-02T03:30:00Z")));
        assertTrue(matcher.eligible(kolkata, request, Instant.parse("2026-03-02T11:29:00Z")));
        assertEquals(Optional.of(Exclusion.OFF_SHIFT),
                matcher.exclusion(kolkata, request, Instant.parse("2026-03-02T11:30:00Z")));
    }

    @Test
    void agentFullOnTheChannelHasNoCapacityButMayTakeAnotherChannel() {
        AgentState fullChat = agent("busy").capacity(Channel.CHAT, 2).open(Channel.CHAT, 2).build();

        assertEquals(Optional.of(Exclusion.NO_CAPACITY),
                matcher.exclusion(fullChat, strict(Channel.CHAT, "en", Map.of()), NOON_UTC));
        assertTrue(matcher.eligible(fullChat, strict(Channel.EMAIL, "en", Map.of()), NOON_UTC));
    }

    @Test
    void agentAtItsOverallCapHasNoCapacityOnAnyChannel() {
        AgentState capped = agent("capped").maxConcurrent(2).open(Channel.CHAT, 1).open(Channel.EMAIL, 1).build();

        assertEquals(Optional.of(Exclusion.NO_CAPACITY),
                matcher.exclusion(capped, strict(Channel.SOCIAL, "en", Map.of()), NOON_UTC));
    }

    @Test
    void stageZeroExcludesSpeakersBelowFluent() {
        RoutingRequest spanish = strict(Channel.CHAT, "es-MX", Map.of());

        assertEquals(Optional.of(Exclusion.LANGUAGE),
                matcher.exclusion(agent("some").speaks("es", 3).build(), spanish, NOON_UTC));
        assertEquals(Optional.of(Exclusion.LANGUAGE),
                matcher.exclusion(agent("none").speaks("en", 5).build(), spanish, NOON_UTC));
        assertTrue(matcher.eligible(agent("fluent").speaks("es", 4).build(), spanish, NOON_UTC));
    }

    @Test
    void stageZeroExcludesAgentsMissingASkillOrBelowItsLevel() {
        RoutingRequest billing = strict(Channel.EMAIL, "en", Map.of("billing", 3, "refunds", 2));

        assertEquals(Optional.of(Exclusion.SKILL),
                matcher.exclusion(agent("low").skill("billing", 2).skill("refunds", 5).build(), billing, NOON_UTC));
        assertEquals(Optional.of(Exclusion.SKILL),
                matcher.exclusion(agent("half").skill("billing", 5).build(), billing, NOON_UTC));
        assertTrue(matcher.eligible(agent("both").skill("billing", 3).skill("refunds", 2).build(), billing, NOON_UTC));
    }

    @Test
    void agentWhoDeclinedOrLetTheOfferExpireIsExcluded() {
        RoutingRequest declined = strict(Channel.CHAT, "en", Map.of()).excluding("ann");

        assertEquals(Optional.of(Exclusion.DECLINED), matcher.exclusion(agent("ann").build(), declined, NOON_UTC));
    }

    @Test
    void unknownLanguageExcludesNobodyForLanguage() {
        assertTrue(matcher.eligible(agent("any").speaks("ja", 2).build(), strict(Channel.CHAT, null, Map.of()),
                NOON_UTC));
    }

    @Test
    void eachExcludedAgentIsCountedOnceUnderItsFirstReason() {
        List<AgentState> agents = List.of(
                agent("away-and-full").presence(Presence.AWAY).capacity(Channel.CHAT, 0).build(),
                agent("offline").presence(Presence.OFFLINE).build(),
                agent("night").shifts(DailyShift.of("UTC", "00:00", "06:00")).speaks("fr", 5).build(),
                agent("full").capacity(Channel.CHAT, 1).open(Channel.CHAT, 1).build(),
                agent("french").speaks("fr", 5).skill("billing", 5).build(),
                agent("unskilled").build(),
                agent("decliner").skill("billing", 4).build(),
                agent("winner").skill("billing", 4).build());
        RoutingRequest request = new RoutingRequest(Channel.CHAT, "en", Map.of("billing", 4), Set.of("decliner"),
                null, Bullseye.STRICT, 0);

        Explanation explanation = matcher.decide(request, agents, NOON_UTC);

        assertEquals(new Exclusions(2, 1, 1, 1, 1, 1), explanation.excluded());
        assertEquals(1, explanation.eligible());
        assertEquals("winner", explanation.chosen().agentId());
        assertEquals(agents.size(), explanation.excluded().total() + explanation.eligible());
    }

    static RoutingRequest strict(Channel channel, String language, Map<String, Integer> skills) {
        return new RoutingRequest(channel, language, skills, Set.of(), null, Bullseye.STRICT, 0);
    }
}
