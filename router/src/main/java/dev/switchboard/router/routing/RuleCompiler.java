package dev.switchboard.router.routing;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.MessageFlag;

/** Checks a {@link RuleSetDefinition} field by field and compiles it; the first fault found is reported. */
final class RuleCompiler {

    static final int MAX_PRIORITY = 100;
    private static final int MAX_RULES = 500;
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;
    /** Scripts written without spaces between words: keywords in them match anywhere. */
    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);

    private RuleCompiler() {
    }

    static RoutingRules compile(int version, RuleSetDefinition definition) {
        if (definition == null) {
            throw new InvalidDefinition("rules", "a rule set is required");
        }
        Map<Channel, Map<String, Integer>> defaults = new EnumMap<>(Channel.class);
        Map<String, Map<String, Integer>> defaultsOut = new LinkedHashMap<>();
        orEmpty(definition.defaultSkills()).forEach((name, skills) -> {
            Channel channel = channel(name, "defaultSkills." + name);
            Map<String, Integer> checked = skills(skills, "defaultSkills." + name);
            defaults.put(channel, checked);
            defaultsOut.put(channel.name(), checked);
        });

        List<RuleSetDefinition.Rule> rulesIn = orEmpty(definition.rules());
        if (rulesIn.size() > MAX_RULES) {
            throw new InvalidDefinition("rules", "at most " + MAX_RULES + " rules");
        }
        List<CompiledRule> rules = new ArrayList<>();
        List<RuleSetDefinition.Rule> rulesOut = new ArrayList<>();
        for (int i = 0; i < rulesIn.size(); i++) {
            CompiledRule rule = rule(rulesIn.get(i), "rules[" + i + "]");
            rules.add(rule);
            rulesOut.add(canonical(rule, rulesIn.get(i)));
        }

        Map<Channel, NavigableMap<Integer, Duration>> sla = new EnumMap<>(Channel.class);
        Map<String, List<RuleSetDefinition.SlaTarget>> slaOut = new LinkedHashMap<>();
        orEmpty(definition.sla()).forEach((name, targets) -> {
            Channel channel = channel(name, "sla." + name);
            NavigableMap<Integer, Duration> byPriority = new TreeMap<>();
            List<RuleSetDefinition.SlaTarget> out = new ArrayList<>();
            List<RuleSetDefinition.SlaTarget> list = orEmpty(targets);
            for (int i = 0; i < list.size(); i++) {
                String field = "sla." + name + "[" + i + "]";
                RuleSetDefinition.SlaTarget target = list.get(i);
                if (target == null) {
                    throw new InvalidDefinition(field, "a target is {minPriority, firstResponse}");
                }
                int min = priority(target.minPriority() == null ? 0 : target.minPriority(), field + ".minPriority");
                Duration due = duration(target.firstResponse(), field + ".firstResponse");
                if (due.isZero()) {
                    throw new InvalidDefinition(field + ".firstResponse", "a first-response target is positive");
                }
                if (byPriority.put(min, due) != null) {
                    throw new InvalidDefinition(field + ".minPriority", "two targets for priority " + min);
                }
                out.add(new RuleSetDefinition.SlaTarget(min, due.toString()));
            }
            sla.put(channel, byPriority);
            slaOut.put(channel.name(), out);
        });

        List<BullseyeStage> stages = stages(orEmpty(definition.stages()));
        List<RuleSetDefinition.Stage> stagesOut = stages.stream()
                .map(s -> new RuleSetDefinition.Stage(s.after().toString(), s.minLanguageLevel(),
                        s.skillLevelRelaxation(), List.copyOf(new TreeSet<>(s.dropSkills())),
                        new TreeMap<>(s.addSkills())))
                .toList();
        RuleSetDefinition canonical = new RuleSetDefinition(defaultsOut, rulesOut, slaOut, stagesOut);
        return new RoutingRules(version, canonical, defaults, rules, sla, stages);
    }

    private static CompiledRule rule(RuleSetDefinition.Rule rule, String field) {
        if (rule == null) {
            throw new InvalidDefinition(field, "a rule is an object with a name, conditions and effects");
        }
        if (rule.name() == null || rule.name().isBlank() || rule.name().length() > 100) {
            throw new InvalidDefinition(field + ".name", "a rule has a name of 1 to 100 characters");
        }
        Set<Channel> channels = each(rule.channels(), field + ".channels", RuleCompiler::channel);
        Set<MessageFlag> flags = each(rule.flags(), field + ".flags", RuleCompiler::flag);
        Set<String> providers = each(rule.providers(), field + ".providers", RuleCompiler::word);
        Set<String> tiers = each(rule.customerTiers(), field + ".customerTiers", RuleCompiler::word);
        Set<String> languages = each(rule.languages(), field + ".languages", RuleCompiler::language);
        Pattern keywords = keywords(orEmpty(rule.keywords()), field + ".keywords");
        Pattern pattern = null;
        if (rule.pattern() != null && !rule.pattern().isBlank()) {
            try {
                pattern = Pattern.compile(rule.pattern(), REGEX_FLAGS);
            } catch (PatternSyntaxException e) {
                throw new InvalidDefinition(field + ".pattern",
                        "not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        Map<String, Integer> skills = skills(rule.skills(), field + ".skills");
        Integer priority = rule.priority() == null ? null : priority(rule.priority(), field + ".priority");
        if (skills.isEmpty() && priority == null) {
            throw new InvalidDefinition(field, "a rule gives skills, a priority or both");
        }
        return new CompiledRule(rule.name().strip(), channels, providers, flags, tiers, languages, keywords, pattern,
                skills, priority);
    }

    private static RuleSetDefinition.Rule canonical(CompiledRule rule, RuleSetDefinition.Rule in) {
        return new RuleSetDefinition.Rule(rule.name(), rule.channels().stream().map(Channel::name).sorted().toList(),
                rule.providers().stream().sorted().toList(), rule.flags().stream().map(MessageFlag::name).sorted()
                        .toList(),
                rule.tiers().stream().sorted().toList(), rule.languages().stream().sorted().toList(),
                orEmpty(in.keywords()).stream().map(k -> Normalizer.normalize(k.strip(), Normalizer.Form.NFC))
                        .toList(),
                rule.pattern() == null ? null : rule.pattern().pattern(), new TreeMap<>(rule.skills()),
                rule.priority());
    }

    private static List<BullseyeStage> stages(List<RuleSetDefinition.Stage> in) {
        if (in.isEmpty()) {
            throw new InvalidDefinition("stages", "at least one stage, the first applying at once (PT0S)");
        }
        List<BullseyeStage> stages = new ArrayList<>();
        Duration previous = null;
        for (int i = 0; i < in.size(); i++) {
            String field = "stages[" + i + "]";
            RuleSetDefinition.Stage stage = in.get(i);
            if (stage == null) {
                throw new InvalidDefinition(field, "a stage is {after, minLanguageLevel, skillLevelRelaxation, ...}");
            }
            Duration after = duration(stage.after(), field + ".after");
            if (previous == null && !after.isZero()) {
                throw new InvalidDefinition(field + ".after", "the first stage applies at once: PT0S");
            }
            if (previous != null && after.compareTo(previous) <= 0) {
                throw new InvalidDefinition(field + ".after", "each stage waits longer than the one before");
            }
            previous = after;
            int languageLevel = range(stage.minLanguageLevel() == null ? 1 : stage.minLanguageLevel(), 0, 5,
                    field + ".minLanguageLevel", "a language level is 1..5, or 0 to drop the language requirement");
            int relaxation = range(stage.skillLevelRelaxation() == null ? 0 : stage.skillLevelRelaxation(), 0, 4,
                    field + ".skillLevelRelaxation", "a relaxation is 0..4 levels");
            Set<String> drop = each(stage.dropSkills(), field + ".dropSkills", RuleCompiler::skillName);
            Map<String, Integer> add = skills(stage.addSkills(), field + ".addSkills");
            stages.add(new BullseyeStage(after, languageLevel, relaxation, drop, add));
        }
        return stages;
    }

    /** One pattern for all keywords: whole words where the script has spaces, anywhere where it has none. */
    private static Pattern keywords(List<String> keywords, String field) {
        if (keywords.isEmpty()) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = keywords.get(i);
            if (keyword == null || keyword.isBlank() || keyword.length() > 100) {
                throw new InvalidDefinition(field + "[" + i + "]", "a keyword is 1 to 100 characters");
            }
            String normalized = Normalizer.normalize(keyword.strip(), Normalizer.Form.NFC);
            String quoted = Pattern.quote(normalized);
            alternatives.add(unspaced(normalized) ? quoted : "(?<![\\p{L}\\p{M}\\p{N}])" + quoted
                    + "(?![\\p{L}\\p{M}\\p{N}])");
        }
        return Pattern.compile(String.join("|", alternatives), REGEX_FLAGS);
    }

    private static boolean unspaced(String keyword) {
        return keyword.codePoints().anyMatch(c -> UNSPACED.contains(UnicodeScript.of(c)));
    }

    private static Map<String, Integer> skills(Map<String, Integer> skills, String field) {
        Map<String, Integer> checked = new TreeMap<>();
        orEmpty(skills).forEach((skill, level) -> {
            String name = skillName(skill, field + "." + skill);
            range(level, 1, 5, field + "." + skill, "a level is from 1 (basic) to 5 (expert), not " + level);
            checked.put(name, level);
        });
        return checked;
    }

    private static String skillName(String skill, String field) {
        if (skill == null || !SKILL.matcher(skill).matches()) {
            throw new InvalidDefinition(field, "a skill name is 1 to 64 letters, digits, spaces, '.', '_' or '-'");
        }
        return skill;
    }

    private static int priority(Integer value, String field) {
        return range(value, 0, MAX_PRIORITY, field, "a priority is from 0 (normal) to " + MAX_PRIORITY);
    }

    private static int range(Integer value, int min, int max, String field, String detail) {
        if (value == null || value < min || value > max) {
            throw new InvalidDefinition(field, detail);
        }
        return value;
    }

    private static Duration duration(String value, String field) {
        try {
            Duration duration = Duration.parse(value.trim());
            if (duration.isNegative()) {
                throw new InvalidDefinition(field, "a duration is not negative");
            }
            return duration;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + value + "' is not an ISO-8601 duration such as PT30S or PT4H");
        }
    }

    private static Channel channel(String name, String field) {
        try {
            return Channel.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDefinition(field,
                    "'" + name + "' is not a channel; use CHAT, EMAIL, SMS, PHONE or SOCIAL");
        }
    }

    private static MessageFlag flag(String name, String field) {
        try {
            return MessageFlag.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidDefinition(field, "'" + name + "' is not a message flag such as MISSED_CALL");
        }
    }

    private static String word(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new InvalidDefinition(field, "a value of 1 to 64 characters");
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String language(String value, String field) {
        String primary = primary(value);
        if (primary == null || !LANGUAGE.matcher(primary).matches()) {
            throw new InvalidDefinition(field, "'" + value + "' is not a language such as en or hi");
        }
        return primary;
    }

    /** "es-MX" → "es"; null or blank → null. */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String trimmed = tag.trim().replace('_', '-');
        int dash = trimmed.indexOf('-');
        return (dash < 0 ? trimmed : trimmed.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static <T> Set<T> each(List<String> values, String field, Checker<T> checker) {
        Set<T> checked = new LinkedHashSet<>();
        List<String> list = orEmpty(values);
        for (int i = 0; i < list.size(); i++) {
            checked.add(checker.check(list.get(i), field + "[" + i + "]"));
        }
        return Set.copyOf(new HashSet<>(checked));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    @FunctionalInterface
    private interface Checker<T> {
        T check(String value, String field);
    }
}
