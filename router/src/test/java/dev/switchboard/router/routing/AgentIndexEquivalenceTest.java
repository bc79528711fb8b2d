package dev.switchboard.router.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/**
 * The index against the scan it replaces: random agents, random changes (presence, holdings, skills, schedules,
 * removals), time moving across shift boundaries in whole- and part-hour zones, and random requests at every
 * stage; every decision of the index must equal {@link AgentMatcher#decide} over the same agents at that instant.
 */
class AgentIndexEquivalenceTest {

    private static final String[] LANGUAGES = { "en", "es", "hi", "gu", "fr", "ja" };
    private static final String[] SKILLS = { "billing", "tax", "returns", "tech", "vip", "claims", "loans" };
    private static final String[] ZONES = { "UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York",
        "Europe/London", "Australia/Adelaide", "America/St_Johns" };
    private static final List<BullseyeStage> STAGES = List.of(
            Bullseye.FLUENT_AND_SKILLED,
            new BullseyeStage(Duration.ofMinutes(1), 3, 0, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofMinutes(2), 2, 1, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofMinutes(4), 2, 2, Set.of("tax", "vip"), Map.of("billing", 3)),
            new BullseyeStage(Duration.ofMinutes(8), 0, 4, Set.of("tax", "vip", "claims"), Map.of()));

    private final AgentMatcher matcher = new AgentMatcher(2);

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void indexDecidesExactlyAsTheScanDoes(long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-03-07T22:00:00Z").plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        AgentIndex index = new AgentIndex(matcher, now, 1 + random.nextInt(40));
        Map<String, AgentState> agents = new HashMap<>();
        for (int i = 0; i < 150; i++) {
            AgentState agent = randomAgent("agent-" + i, random);
            agents.put(agent.id(), agent);
            index.put(agent, now);
        }
        int chosen = 0;
        int sticky = 0;
        int offShift = 0;
        int declined = 0;
        for (int step = 0; step < 1000; step++) {
            int action = random.nextInt(10);
            if (action < 4) {
                now = now.plus(Duration.ofMinutes(random.nextInt(90)));
            } else if (action < 7) {
                List<String> ids = new ArrayList<>(agents.keySet());
                ids.sort(null);
                String id = ids.isEmpty() ? "agent-x" : ids.get(random.nextInt(ids.size()));
                AgentState changed = random.nextInt(8) == 0 ? null : randomAgent(id, random);
                if (changed == null) {
                    agents.remove(id);
                    index.remove(id);
                } else {
                    agents.put(id, changed);
                    index.put(changed, now);
                }
            }
            RoutingRequest request = randomRequest(random, agents, now);
            int limit = 1 + random.nextInt(4);
            Explanation expected = matcher.decide(request, agents.values(), now, limit);
            assertEquals(expected, index.decide(request, now, limit),
                    "seed " + seed + ", step " + step + ", " + request);
            chosen += expected.chosen() == null ? 0 : 1;
            sticky += expected.chosen() != null && expected.chosen().sticky() ? 1 : 0;
            offShift += expected.excluded().offShift() > 0 ? 1 : 0;
            declined += expected.excluded().declined() > 0 ? 1 : 0;
        }
        // The comparison means something only if the random mix reaches every branch often.
        assertTrue(chosen > 200 && sticky > 100 && offShift > 500 && declined > 100,
                "chosen " + chosen + ", sticky " + sticky + ", off shift " + offShift + ", declined " + declined);
    }

    private static AgentState randomAgent(String id, Random random) {
        Map<String, Integer> languages = new HashMap<>();
        int spoken = 1 + random.nextInt(3);
        for (int i = 0; i < spoken; i++) {
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            languages.put(random.nextInt(5) == 0 ? language + "-XX" : language, 1 + random.nextInt(5));
        }
        Map<String, Integer> skills = new HashMap<>();
        int skilled = random.nextInt(4);
        for (int i = 0; i < skilled; i++) {
            skills.put(SKILLS[random.nextInt(SKILLS.length)], 1 + random.nextInt(5));
        }
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        Map<Channel, Integer> open = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            if (random.nextBoolean()) {
                capacity.put(channel, random.nextInt(4));
            }
            open.put(channel, random.nextInt(3));
        }
        Presence presence = Presence.values()[random.nextInt(10) < 6 ? 1 : random.nextInt(3)];
        Instant lastAssigned = random.nextInt(4) == 0 ? null
                : Instant.parse("2026-03-07T00:00:00Z").plusSeconds(random.nextInt(4) * 3600L);
        return new AgentState(id, presence, languages, skills, capacity, random.nextInt(3) == 0 ? 4 : null, open,
                lastAssigned, randomShift(random));
    }

    private static ShiftCalendar randomShift(Random random) {
        if (random.nextInt(5) == 0) {
            return ShiftCalendar.ALWAYS;
        }
        int startHour = random.nextInt(16);
        return DailyShift.of(ZONES[random.nextInt(ZONES.length)], String.format("%02d:%02d", startHour,
                random.nextBoolean() ? 0 : 30), String.format("%02d:00", startHour + 2 + random.nextInt(7)));
    }

    /** Previous and declined agents are drawn half the time from those eligible, so both rules matter often. */
    private RoutingRequest randomRequest(Random random, Map<String, AgentState> agents, Instant now) {
        Map<String, Integer> skills = new HashMap<>();
        int wanted = random.nextInt(3);
        for (int i = 0; i < wanted; i++) {
            skills.put(SKILLS[random.nextInt(SKILLS.length)], 1 + random.nextInt(5));
        }
        String language = random.nextInt(8) == 0 ? null : LANGUAGES[random.nextInt(LANGUAGES.length)];
        RoutingRequest open = new RoutingRequest(Channel.values()[random.nextInt(Channel.values().length)], language,
                skills, Set.of(), null, STAGES, random.nextInt(STAGES.size()));
        List<String> eligible = matcher.decide(open, agents.values(), now, 5).candidates().stream()
                .map(Candidate::agentId).toList();
        List<String> ids = new ArrayList<>(agents.keySet());
        ids.sort(null);
        Set<String> declined = new HashSet<>();
        int declines = random.nextInt(3);
        for (int i = 0; i < declines; i++) {
            pick(random, eligible, ids).ifPresent(declined::add);
        }
        String previous = random.nextInt(3) == 0 ? null : pick(random, eligible, ids).orElse(null);
        return new RoutingRequest(open.channel(), language, skills, declined, previous, STAGES, open.stage());
    }

    private static Optional<String> pick(Random random, List<String> eligible, List<String> all) {
        List<String> from = random.nextBoolean() && !eligible.isEmpty() ? eligible : all;
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
    }
}
