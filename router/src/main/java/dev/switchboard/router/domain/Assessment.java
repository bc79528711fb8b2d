package dev.switchboard.router.domain;

import java.time.Instant;

import dev.switchboard.router.language.LanguageDecision;
import dev.switchboard.router.routing.Classification;
import dev.switchboard.router.routing.RoutingRules;

/**
 * What routing makes of a message before looking for an agent.
 *
 * @param slaDueAt when the first response is due, or null when the rules set no target
 */
public record Assessment(LanguageDecision language, Classification classification, RoutingRules rules,
        Instant slaDueAt) {
}
