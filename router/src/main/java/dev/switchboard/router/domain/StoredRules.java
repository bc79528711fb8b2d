package dev.switchboard.router.domain;

import java.time.Instant;

import dev.switchboard.router.routing.RoutingRules;

/** A version of the routing rules with who saved it when. */
public record StoredRules(RoutingRules rules, Instant createdAt, String createdBy) {
}
