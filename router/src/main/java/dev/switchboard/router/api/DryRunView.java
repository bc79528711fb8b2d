package dev.switchboard.router.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.router.domain.Assessment;
import dev.switchboard.router.domain.RulesDryRun;
import dev.switchboard.router.language.LanguageDecision;
import dev.switchboard.router.routing.RuleSetDefinition;

/**
 * What a message would get.
 *
 * @param customerId    the known customer it would be matched to; null when it would create one
 * @param firstResponse the first-response target (ISO-8601), null when none applies
 * @param stages        the bullseye it would be routed through
 */
public record DryRunView(
        int rulesVersion,
        UUID customerId,
        LanguageView language,
        Map<String, Integer> skills,
        int priority,
        List<String> matchedRules,
        String firstResponse,
        Instant slaDueAt,
        List<RuleSetDefinition.Stage> stages) {

    /** @param source hint, customer, detected or default */
    public record LanguageView(String tag, double confidence, String source) {

        static LanguageView of(LanguageDecision decision) {
            return new LanguageView(decision.tag(), decision.confidence(),
                    decision.source().name().toLowerCase(Locale.ROOT));
        }
    }

    static DryRunView of(RulesDryRun.DryRun run) {
        Assessment a = run.assessment();
        Duration target = a.classification().firstResponse();
        return new DryRunView(a.rules().version(), run.customerId(), LanguageView.of(a.language()),
                a.classification().skills(), a.classification().priority(), a.classification().matchedRules(),
                target == null ? null : target.toString(), a.slaDueAt(), a.rules().definition().stages());
    }
}
