package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/** Builds agents for the routing tests: available, fluent in English, no skills, nothing open, always on shift. */
final class Agents {

    private final String id;
    private Presence presence = Presence.AVAILABLE;
    private final Map<String, Integer> languages = new HashMap<>(Map.of("en", 5));
    private final Map<String, Integer> skills = new HashMap<>();
    private final Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
    private Integer maxConcurrent;
    private final Map<Channel, Integer> open = new EnumMap<>(Channel.class);
    private Instant lastAssignedAt;
    private ShiftCalendar shifts = ShiftCalendar.ALWAYS;

    private Agents(String id) {
        this.id = id;
    }

    static Agents agent(String id) {
        return new Agents(id);
    }

    Agents presence(Presence value) {
        presence = value;
        return this;
    }

    /** Replaces the languages: tag, level, tag, level … */
    Agents speaks(Object... tagsAndLevels) {
        languages.clear();
        for (int i = 0; i < tagsAndLevels.length; i += 2) {
            languages.put((String) tagsAndLevels[i], (Integer) tagsAndLevels[i + 1]);
        }
        return this;
    }

    Agents skill(String name, int level) {
        skills.put(name, level);
        return this;
    }

    Agents capacity(Channel channel, int n) {
        capacity.put(channel, n);
        return this;
    }

    Agents maxConcurrent(int n) {
        maxConcurrent = n;
        return this;
    }

    Agents open(Channel channel, int n) {
        open.put(channel, n);
        return this;
    }

    Agents lastAssignedAt(String instant) {
        lastAssignedAt = Instant.parse(instant);
        return this;
    }

    Agents shifts(ShiftCalendar calendar) {
        shifts = calendar;
        return this;
    }

    AgentState build() {
        return new AgentState(id, presence, languages, skills, capacity, maxConcurrent, open, lastAssignedAt, shifts);
    }
}
