package dev.switchboard.router.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.routing.RoutingRequest;
import dev.switchboard.router.routing.RoutingRules;

/** A conversation as the routing core asks about it: its skills, language and bullseye stage under the rules. */
final class RoutingRequests {

    private RoutingRequests() {
    }

    static RoutingRequest of(ConversationEntity conversation, RoutingRules rules, Collection<String> excluded,
            String previousAgentId) {
        return of(conversation.channel, conversation.language, conversation.skills, conversation.stage, rules,
                excluded, previousAgentId);
    }

    static RoutingRequest of(Channel channel, String language, Map<String, Integer> skills, int stage,
            RoutingRules rules, Collection<String> excluded, String previousAgentId) {
        return new RoutingRequest(channel, language, skills, excluded == null ? Set.of() : Set.copyOf(excluded),
                previousAgentId, rules.stages(), stage);
    }

    /**
     * The stage a queued conversation has reached by {@code now}: the stage it recorded, or a later one whose wait
     * (counted from {@code queuedSince}) has passed. Stages never go back while it waits.
     */
    static int stageReached(int recorded, Instant queuedSince, RoutingRules rules, Instant now) {
        if (queuedSince == null) {
            return recorded;
        }
        Duration waited = Duration.between(queuedSince, now);
        return Math.max(recorded, Math.min(rules.stageAfter(waited), rules.stages().size() - 1));
    }

    /** Moves the conversation to the stage it has reached; true when it moved. */
    static boolean advance(ConversationEntity conversation, RoutingRules rules, Instant now) {
        int reached = stageReached(conversation.stage, conversation.queuedSince, rules, now);
        if (reached == conversation.stage) {
            return false;
        }
        conversation.stage = reached;
        conversation.stageSince = now;
        return true;
    }
}
