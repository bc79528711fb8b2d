package dev.switchboard.router.routing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.MessageFlag;

/** One rule, its keywords and pattern compiled; an empty set or a null pattern is no condition. */
record CompiledRule(String name, Set<Channel> channels, Set<String> providers, Set<MessageFlag> flags,
        Set<String> tiers, Set<String> languages, Pattern keywords, Pattern pattern, Map<String, Integer> skills,
        Integer priority) {

    boolean matches(MessageFacts facts, String text) {
        return (channels.isEmpty() || channels.contains(facts.channel()))
                && (providers.isEmpty() || facts.provider() != null
                        && providers.contains(facts.provider().toLowerCase(Locale.ROOT)))
                && (flags.isEmpty() || facts.flags().stream().anyMatch(flags::contains))
                && (tiers.isEmpty() || facts.customerTier() != null
                        && tiers.contains(facts.customerTier().toLowerCase(Locale.ROOT)))
                && (languages.isEmpty() || languages.contains(RuleCompiler.primary(facts.language())))
                && (keywords == null || keywords.matcher(text).find())
                && (pattern == null || pattern.matcher(text).find());
    }
}
