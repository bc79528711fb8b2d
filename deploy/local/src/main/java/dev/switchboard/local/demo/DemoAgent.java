package dev.switchboard.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An agent the demo creates through the router's admin API ({@code PUT /v1/agents/{id}}). */
public record DemoAgent(
        String id,
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills) {

    private static final Map<String, Integer> SEEDED_RULE_SKILLS = Map.of("orders", 2, "billing", 2, "callbacks", 2,
            "social-care", 2);

    /** Per channel: what a desk agent can usually hold at once. */
    public static final Map<String, Integer> CAPACITY =
            Map.of("CHAT", 3, "EMAIL", 5, "SMS", 3, "SOCIAL", 3, "PHONE", 1);

    /**
     * Five agents across four continents, so routing by language and skill has real choices to make. Each also has
     * the skills the seeded routing rules ask for (orders, billing, callbacks, social care), so every sample is
     * taken at the first bullseye stage.
     */
    public static final List<DemoAgent> ALL = List.of(
            new DemoAgent("ana", "Ana García", "Europe/Madrid", ordered("es", 5, "en", 4),
                    ordered("orders", 4, "billing", 3, "callbacks", 3)),
            new DemoAgent("priya", "Priya Shah", "Asia/Kolkata", ordered("hi", 5, "gu", 5, "en", 4),
                    ordered("orders", 4, "returns", 3, "billing", 3, "callbacks", 2)),
            new DemoAgent("kenji", "Kenji Sato", "Asia/Tokyo", ordered("ja", 5, "en", 3),
                    ordered("technical", 4, "callbacks", 2)),
            new DemoAgent("lea", "Léa Martin", "Europe/Paris", ordered("fr", 5, "en", 4, "de", 2),
                    ordered("billing", 4, "technical", 2, "callbacks", 2)),
            new DemoAgent("sam", "Sam Carter", "America/New_York", ordered("en", 5, "es", 2),
                    ordered("technical", 3, "orders", 3, "callbacks", 3)));

    /** The admin API body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("timeZone", timeZone);
        body.put("languages", languages);
        Map<String, Integer> all = new LinkedHashMap<>(skills);
        SEEDED_RULE_SKILLS.forEach(all::putIfAbsent);
        body.put("skills", all);
        body.put("capacity", CAPACITY);
        return body;
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
