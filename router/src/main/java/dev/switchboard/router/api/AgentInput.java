package dev.switchboard.router.api;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.AgentProfile;
import dev.switchboard.router.routing.InvalidDefinition;
import dev.switchboard.router.routing.ScheduleDefinition;
import dev.switchboard.servicekit.ProblemException;

/**
 * The body of {@code PUT /v1/agents/{agentId}}.
 *
 * @param timeZone      IANA zone id, e.g. Europe/Madrid
 * @param languages     BCP 47 tag to level 1 (basic) .. 5 (native)
 * @param skills        skill name to level 1..5
 * @param capacity      channel (CHAT, EMAIL, SMS, PHONE, SOCIAL) to the conversations the agent may hold on it;
 *                      a channel left out gets the router's default
 * @param maxConcurrent cap across all channels; optional
 * @param schedule      weekly shifts and exceptions in the agent's local time; optional, absent = always on shift
 * @param teams         team names; optional
 */
public record AgentInput(
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<String, Integer> capacity,
        Integer maxConcurrent,
        ScheduleDefinition schedule,
        List<String> teams) {

    static final Pattern AGENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
    private static final int MAX_CAPACITY = 100;
    private static final int MAX_TEAMS = 50;
    /** ISO 639 languages Java knows: the two-letter codes, and the three-letter ones of its locales (fil, yue). */
    private static final Set<String> KNOWN_LANGUAGES = knownLanguages();

    /** The validated profile; a 400 naming the first field at fault otherwise. */
    AgentProfile toProfile() {
        String zone = zone();
        return new AgentProfile(name(), zone, languageLevels(), skillLevels(), channelCapacity(),
                overallCap(), schedule(zone), teamNames());
    }

    static void checkAgentId(String agentId) {
        if (agentId == null || !AGENT_ID.matcher(agentId).matches()) {
            throw ProblemException.badInput("agentId",
                    "an agent id is 1 to 128 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
    }

    private String zone() {
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.badInput("timeZone",
                    "'" + timeZone + "' is not an IANA time zone id such as Europe/Madrid");
        }
        return timeZone;
    }

    private String name() {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw ProblemException.badInput("displayName", "a display name of 1 to 200 characters is required");
        }
        return displayName.strip();
    }

    private Map<String, Integer> languageLevels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (languages == null || languages.isEmpty()) {
            throw ProblemException.badInput("languages", "an agent speaks at least one language");
        }
        languages.forEach((tag, level) -> {
            String canonical = canonicalTag(tag);
            checkLevel("languages." + tag, level);
            levels.put(canonical, level);
        });
        return levels;
    }

    private Map<String, Integer> skillLevels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (skills != null) {
            skills.forEach((skill, level) -> {
                if (skill == null || !SKILL.matcher(skill).matches()) {
                    throw ProblemException.badInput("skills." + skill,
                            "a skill name is 1 to 64 letters, digits, spaces, '.', '_' or '-'");
                }
                checkLevel("skills." + skill, level);
                levels.put(skill, level);
            });
        }
        return levels;
    }

    private Map<Channel, Integer> channelCapacity() {
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        if (capacity != null) {
            capacity.forEach((name, n) -> {
                Channel channel = channel(name);
                if (n == null || n < 0 || n > MAX_CAPACITY) {
                    throw ProblemException.badInput("capacity." + name,
                            "capacity is a number of conversations from 0 to " + MAX_CAPACITY);
                }
                byChannel.put(channel, n);
            });
        }
        return byChannel;
    }

    private Integer overallCap() {
        if (maxConcurrent != null && (maxConcurrent < 1 || maxConcurrent > MAX_CAPACITY)) {
            throw ProblemException.badInput("maxConcurrent",
                    "maxConcurrent is from 1 to " + MAX_CAPACITY + ", or left out for no overall cap");
        }
        return maxConcurrent;
    }

    private ScheduleDefinition schedule(String zone) {
        if (schedule == null) {
            return null;
        }
        try {
            return ScheduleDefinition.of(schedule.toSchedule(ZoneId.of(zone)), schedule.exceptions());
        } catch (InvalidDefinition e) {
            throw ProblemException.badInput("schedule." + e.field(), e.getMessage());
        }
    }

    private List<String> teamNames() {
        if (teams == null) {
            return List.of();
        }
        if (teams.size() > MAX_TEAMS) {
            throw ProblemException.badInput("teams", "an agent is in at most " + MAX_TEAMS + " teams");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            String team = teams.get(i);
            if (team == null || !SKILL.matcher(team).matches()) {
                throw ProblemException.badInput("teams[" + i + "]",
                        "a team name is 1 to 64 letters, digits, spaces, '.', '_' or '-'");
            }
            names.add(team);
        }
        return List.copyOf(names);
    }

    private static Set<String> knownLanguages() {
        Set<String> known = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
        for (Locale locale : Locale.getAvailableLocales()) {
            known.add(locale.getLanguage());
        }
        known.remove("");
        return Set.copyOf(known);
    }

    private static Channel channel(String name) {
        try {
            return Channel.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badInput("capacity." + name,
                    "'" + name + "' is not a channel; use CHAT, EMAIL, SMS, PHONE or SOCIAL");
        }
    }

    private static String canonicalTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            if (!KNOWN_LANGUAGES.contains(locale.getLanguage())) {
                throw ProblemException.badInput("languages." + tag,
                        "'" + locale.getLanguage() + "' is not a known ISO 639 language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException | NullPointerException e) {
            throw ProblemException.badInput("languages." + tag,
                    "'" + tag + "' is not a BCP 47 language tag such as es, pt-BR or hi-Latn");
        }
    }

    private static void checkLevel(String field, Integer level) {
        if (level == null || level < 1 || level > 5) {
            throw ProblemException.badInput(field, "a level is from 1 (basic) to 5 (native), not " + level);
        }
    }
}
