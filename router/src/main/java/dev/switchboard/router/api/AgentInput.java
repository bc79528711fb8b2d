package dev.switchboard.router.api;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.AgentProfile;
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
 */
public record AgentInput(
        String displayName,
        String timeZone,
        Map<String, Integer> languages,
        Map<String, Integer> skills,
        Map<String, Integer> capacity,
        Integer maxConcurrent) {

    static final Pattern AGENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
    private static final int MAX_CAPACITY = 100;

    /** The validated profile; a 400 naming the first field at fault otherwise. */
    AgentProfile toProfile() {
        return new AgentProfile(name(), zone(), languageLevels(), skillLevels(), channelCapacity(),
                overallCap());
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
