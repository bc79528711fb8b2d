package dev.switchboard.router.routing;

import java.util.Set;

import dev.switchboard.contracts.Channel;

/**
 * A conversation looking for an agent.
 *
 * @param language       BCP 47 tag the conversation is in, or null when unknown
 * @param excludedAgents agents that must not get it (they declined it)
 */
public record RoutingRequest(Channel channel, String language, Set<String> excludedAgents) {

    public RoutingRequest {
        excludedAgents = Set.copyOf(excludedAgents);
    }

    public static RoutingRequest of(Channel channel, String language) {
        return new RoutingRequest(channel, language, Set.of());
    }
}
