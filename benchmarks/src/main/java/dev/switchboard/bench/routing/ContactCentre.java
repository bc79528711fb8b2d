package dev.switchboard.bench.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.routing.AgentState;
import dev.switchboard.router.routing.Bullseye;
import dev.switchboard.router.routing.BullseyeStage;
import dev.switchboard.router.routing.RoutingRequest;
import dev.switchboard.router.routing.WeeklySchedule;
import dev.switchboard.router.routing.WeeklyShift;

/**
 * A synthetic contact centre, the same for a given seed: agents with 20 languages and 50 skills (a few common, a
 * long tail), 60 % AVAILABLE, 8-hour shifts in eight time zones (two of them half-hour zones), per-channel
 * capacities with an overall cap for some, and conversations already open; and a mix of requests over the five
 * channels with one or two skills at every stage of a four-ring bullseye, some with a previous agent or a decline.
 */
final class ContactCentre {

    static final int LANGUAGES = 20;
    static final int SKILLS = 50;
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final List<BullseyeStage> STAGES = List.of(
            Bullseye.FLUENT_AND_SKILLED,
            new BullseyeStage(Duration.ofSeconds(30), 3, 0, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofSeconds(90), 3, 1, Set.of(), Map.of()),
            new BullseyeStage(Duration.ofMinutes(5), 2, 2, Set.of("skill-00", "skill-01"), Map.of("skill-02", 2)));

    private static final String[] ZONES = { "UTC", "Europe/London", "America/New_York", "America/Los_Angeles",
        "Asia/Kolkata", "Asia/Tokyo", "Australia/Adelaide", "Europe/Berlin" };
    private static final Channel[] CHANNELS = Channel.values();
    private static final int[] CAPACITY = { 5, 3, 3, 1, 3 }; // EMAIL, CHAT, SMS, PHONE, SOCIAL

    private final Random random;

    ContactCentre(long seed) {
        random = new Random(seed);
    }

    List<AgentState> agents(int count) {
        List<AgentState> agents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            agents.add(agent(String.format("agent-%06d", i)));
        }
        return agents;
    }

    List<RoutingRequest> requests(int count, List<AgentState> agents) {
        List<RoutingRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Integer> skills = new HashMap<>();
            int wanted = 1 + random.nextInt(2);
            for (int s = 0; s < wanted; s++) {
                skills.put(skill(skewed(SKILLS)), 1 + random.nextInt(4));
            }
            String previous = random.nextInt(10) < 3 ? agents.get(random.nextInt(agents.size())).id() : null;
            Set<String> declined = random.nextInt(10) == 0
                    ? Set.of(agents.get(random.nextInt(agents.size())).id()) : Set.of();
            requests.add(new RoutingRequest(channel(), language(skewed(LANGUAGES)), skills, declined, previous,
                    STAGES, random.nextInt(STAGES.size())));
        }
        return requests;
    }

    private AgentState agent(String id) {
        Map<String, Integer> languages = new HashMap<>();
        languages.put(language(skewed(LANGUAGES)), 4 + random.nextInt(2));
        int others = random.nextInt(3);
        for (int i = 0; i < others; i++) {
            languages.merge(language(random.nextInt(LANGUAGES)), 1 + random.nextInt(5), Math::max);
        }
        Map<String, Integer> skills = new HashMap<>();
        int skilled = 5 + random.nextInt(8);
        for (int i = 0; i < skilled; i++) {
            skills.put(skill(skewed(SKILLS)), 1 + random.nextInt(5));
        }
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        Map<Channel, Integer> open = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            int cap = random.nextInt(5) == 0 ? 0 : CAPACITY[channel.ordinal()];
            capacity.put(channel, cap);
            open.put(channel, cap == 0 ? 0 : random.nextInt(cap + 1));
        }
        int roll = random.nextInt(100);
        Presence presence = roll < 60 ? Presence.AVAILABLE : roll < 85 ? Presence.AWAY : Presence.OFFLINE;
        Integer cap = random.nextInt(3) == 0 ? 6 : null;
        Instant lastAssigned = random.nextInt(10) == 0 ? null : START.minusSeconds(random.nextInt(3600));
        int startHour = random.nextInt(16);
        WeeklySchedule shift = everyDay(ZoneId.of(ZONES[random.nextInt(ZONES.length)]),
                LocalTime.of(startHour, random.nextBoolean() ? 0 : 30), LocalTime.of(startHour + 8, 0));
        return new AgentState(id, presence, languages, skills, capacity, cap, open, lastAssigned, shift);
    }

    /** The production schedule type, the same shift on each day of the week. */
    private static WeeklySchedule everyDay(ZoneId zone, LocalTime start, LocalTime end) {
        return WeeklySchedule.of(zone, Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyShift(day, start, end)).toList(), List.of());
    }

    /** 0..n-1, low numbers far more often: a few big languages and common skills, and a long tail. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    private Channel channel() {
        int roll = random.nextInt(100);
        return roll < 45 ? Channel.CHAT : roll < 70 ? Channel.EMAIL : roll < 85 ? Channel.SOCIAL
                : roll < 95 ? Channel.SMS : Channel.PHONE;
    }

    private static String language(int i) {
        return String.format("l%02d", i);
    }

    private static String skill(int i) {
        return String.format("skill-%02d", i);
    }
}
