package dev.switchboard.router.api;

import java.time.Instant;

import dev.switchboard.router.domain.StoredRules;
import dev.switchboard.router.routing.RuleSetDefinition;

/** One version of the routing rules as the API shows it. */
public record RulesView(int version, Instant createdAt, String createdBy, RuleSetDefinition rules) {

    static RulesView of(StoredRules stored) {
        return new RulesView(stored.rules().version(), stored.createdAt(), stored.createdBy(),
                stored.rules().definition());
    }
}
