package dev.switchboard.router.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import dev.switchboard.contracts.Channel;

/**
 * One version of the routing rules, compiled: classifies a message into the skills it needs, a priority and a
 * first-response target, and holds the bullseye stages. Immutable and thread-safe; build with {@link #compile}.
 */
public final class RoutingRules {

    /** Rules look at no more of a message than this, so one long email cannot make matching slow. */
    static final int MAX_TEXT = 10_000;

    private final int version;
    private final RuleSetDefinition definition;
    private final Map<Channel, Map<String, Integer>> defaultSkills;
    private final List<CompiledRule> rules;
    private final Map<Channel, NavigableMap<Integer, Duration>> sla;
    private final List<BullseyeStage> stages;

    RoutingRules(int version, RuleSetDefinition definition, Map<Channel, Map<String, Integer>> defaultSkills,
            List<CompiledRule> rules, Map<Channel, NavigableMap<Integer, Duration>> sla, List<BullseyeStage> stages) {
        this.version = version;
        this.definition = definition;
        this.defaultSkills = Map.copyOf(defaultSkills);
        this.rules = List.copyOf(rules);
        this.sla = Map.copyOf(sla);
        this.stages = List.copyOf(stages);
    }

    /**
     * Checks and compiles a definition.
     *
     * @throws InvalidDefinition naming the field at fault, e.g. {@code rules[2].pattern}, {@code stages[1].after}
     */
    public static RoutingRules compile(int version, RuleSetDefinition definition) {
        return RuleCompiler.compile(version, definition);
    }

    public int version() {
        return version;
    }

    /** The definition as compiled, spelled canonically (absent lists and maps empty). */
    public RuleSetDefinition definition() {
        return definition;
    }

    /** The bullseye, strictest first: stage i applies once a conversation waited {@code stages().get(i).after()}. */
    public List<BullseyeStage> stages() {
        return stages;
    }

    /** The stage a conversation has reached after waiting so long. */
    public int stageAfter(Duration waited) {
        int stage = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (waited.compareTo(stages.get(i).after()) >= 0) {
                stage = i;
            }
        }
        return stage;
    }

    /**
     * Skills: the highest level any matching rule asks for each, or the channel's default skills when no rule
     * gives one. Priority: the highest of the matching rules, else 0.
     */
    public Classification classify(MessageFacts facts) {
        String text = text(facts);
        Map<String, Integer> skills = new HashMap<>();
        int priority = 0;
        List<String> matched = new ArrayList<>();
        for (CompiledRule rule : rules) {
            if (rule.matches(facts, text)) {
                matched.add(rule.name());
                rule.skills().forEach((skill, level) -> skills.merge(skill, level, Math::max));
                if (rule.priority() != null) {
                    priority = Math.max(priority, rule.priority());
                }
            }
        }
        if (skills.isEmpty()) {
            skills.putAll(defaultSkills.getOrDefault(facts.channel(), Map.of()));
        }
        return new Classification(skills, priority, firstResponseTarget(facts.channel(), priority).orElse(null),
                matched);
    }

    /** The first-response target for the channel at this priority; empty when the rules set none. */
    public Optional<Duration> firstResponseTarget(Channel channel, int priority) {
        NavigableMap<Integer, Duration> targets = sla.get(channel);
        if (targets == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Duration> target = targets.floorEntry(priority);
        return target == null ? Optional.empty() : Optional.of(target.getValue());
    }

    private static String text(MessageFacts facts) {
        String subject = facts.subject() == null ? "" : facts.subject();
        String body = facts.text() == null ? "" : facts.text();
        String both = subject.isEmpty() ? body : subject + "\n" + body;
        return both.length() <= MAX_TEXT ? both : both.substring(0, MAX_TEXT);
    }
}
