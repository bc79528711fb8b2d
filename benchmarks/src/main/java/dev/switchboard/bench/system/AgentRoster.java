package dev.switchboard.bench.system;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact centre of {@code n} agents, the same for a given {@code n}, defined through the router's admin API
 * ({@code PUT /v1/agents/{id}}). Languages follow a support desk's mix: most agents are fluent in English, a second
 * language for many (Spanish, Hindi and the other Indian languages, French, German, Portuguese, Japanese, Arabic),
 * each language with at least a few native speakers. Skills are those the seeded routing rules infer (orders and
 * billing from keywords, callbacks for phone, social care for public posts) at levels 2 – 5, plus technical and
 * returns. Each agent works an 8- or 9-hour shift every day in their own time zone that covers the time of the run,
 * started 1 – 6 hours ago; capacities are a desk's (chat 3, email 5, SMS 3, social 3, phone 1), a third capped at 6
 * overall.
 */
final class AgentRoster {

    static final String PREFIX = "bench-agent-";

    /** A language, the share of agents native in it, and where they sit. */
    private record Language(String tag, int perMille, String zone) {
    }

    private static final List<Language> NATIVE = List.of(
            new Language("en", 430, "America/New_York"),
            new Language("en", 70, "Europe/London"),
            new Language("en", 30, "Australia/Sydney"),
            new Language("es", 120, "Europe/Madrid"),
            new Language("es", 40, "America/Mexico_City"),
            new Language("hi", 80, "Asia/Kolkata"),
            new Language("fr", 40, "Europe/Paris"),
            new Language("de", 30, "Europe/Berlin"),
            new Language("pt", 30, "America/Sao_Paulo"),
            new Language("ja", 20, "Asia/Tokyo"),
            new Language("ar", 20, "Asia/Dubai"),
            new Language("mr", 15, "Asia/Kolkata"),
            new Language("gu", 15, "Asia/Kolkata"),
            new Language("ta", 15, "Asia/Kolkata"),
            new Language("bn", 15, "Asia/Dhaka"),
            new Language("ur", 15, "Asia/Karachi"),
            new Language("ne", 15, "Asia/Kathmandu"));

    private static final Map<String, Integer> CAPACITY = Map.of("CHAT", 3, "EMAIL", 5, "SMS", 3, "SOCIAL", 3,
            "PHONE", 1);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private AgentRoster() {
    }

    /** One agent: its id and the admin API body. */
    record Agent(String id, Map<String, Object> definition) {
    }

    static List<Agent> of(int n, Instant now) {
        List<Agent> agents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            agents.add(agent(i, now));
        }
        return agents;
    }

    static String id(int i) {
        return PREFIX + i;
    }

    private static Agent agent(int i, Instant now) {
        Language home = nativeLanguage(i);
        Map<String, Integer> languages = new LinkedHashMap<>();
        languages.put(home.tag(), 5);
        if (!home.tag().equals("en")) {
            languages.put("en", 3 + i % 3); // English at 3, 4 or 5
        } else if (i % 4 == 0) {
            languages.put("es", 2 + i % 3); // some English speakers get by in Spanish
        }
        if (home.tag().equals("mr") || home.tag().equals("gu") || home.tag().equals("ne")) {
            languages.put("hi", 4);
        }
        Map<String, Integer> skills = new LinkedHashMap<>();
        skills.put("orders", i % 10 < 8 ? 2 + i % 4 : 1);
        skills.put("billing", i % 10 >= 2 ? 2 + (i / 2) % 4 : 1);
        skills.put("callbacks", 1 + i % 5);
        skills.put("social-care", i % 3 != 0 ? 2 + i % 4 : 1);
        if (i % 5 == 0) {
            skills.put("technical", 3);
        }
        if (i % 7 == 0) {
            skills.put("returns", 3);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", "Bench Agent " + i);
        body.put("timeZone", home.zone());
        body.put("languages", languages);
        body.put("skills", skills);
        body.put("capacity", CAPACITY);
        if (i % 3 == 0) {
            body.put("maxConcurrent", 6);
        }
        body.put("schedule", shift(i, ZoneId.of(home.zone()), now));
        return new Agent(id(i), body);
    }

    /** Every day, starting 1 – 6 hours before now in the agent's zone, 8 or 9 hours long. */
    private static Map<String, Object> shift(int i, ZoneId zone, Instant now) {
        LocalTime local = now.atZone(zone).toLocalTime();
        LocalTime start = local.minusHours(1 + i % 6).withMinute(0);
        LocalTime end = start.plusHours(8 + i % 2);
        List<Map<String, String>> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.add(Map.of("day", day.name(), "start", start.format(HH_MM), "end", end.format(HH_MM)));
        }
        return Map.of("weekly", weekly);
    }

    private static Language nativeLanguage(int i) {
        int slot = (int) ((i * 617L) % 1000); // spreads any n over the shares
        int from = 0;
        for (Language language : NATIVE) {
            from += language.perMille();
            if (slot < from) {
                return language;
            }
        }
        return NATIVE.get(0);
    }
}
