package dev.switchboard.router.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Presence;

/**
 * An agent as {@link AgentIndex} holds it: its state plus what the index derived from it, so a decision never asks
 * the calendar or sums capacities.
 *
 * @param onShift        at the index's current instant
 * @param nextTransition when {@code onShift} next flips, null when never
 * @param room           per channel ordinal: under capacity on that channel and overall
 * @param languages      primary subtag to the agent's best level in it
 * @param open           conversations held, all channels
 * @param capacity       {@link AgentMatcher#totalCapacity}
 * @param skills         {@link SkillBits#agentMask}
 */
record IndexedAgent(AgentState state, boolean onShift, Instant nextTransition, boolean[] room,
        Map<String, Integer> languages, int open, int capacity, long skills) {

    private static final Channel[] CHANNELS = Channel.values();

    static IndexedAgent of(AgentState state, boolean onShift, Instant nextTransition, AgentMatcher matcher,
            SkillBits skillBits) {
        boolean[] room = new boolean[CHANNELS.length];
        for (Channel channel : CHANNELS) {
            room[channel.ordinal()] = matcher.hasRoom(state, channel);
        }
        Map<String, Integer> languages = new HashMap<>();
        state.languages().forEach((tag, level) ->
                languages.merge(Languages.primary(tag), Languages.clamp(level), Math::max));
        return new IndexedAgent(state, onShift, nextTransition, room, Map.copyOf(languages), state.openTotal(),
                matcher.totalCapacity(state), skillBits.agentMask(state.skills()));
    }

    String id() {
        return state.id();
    }

    boolean available() {
        return state.presence() == Presence.AVAILABLE;
    }

    /** Available, on shift and with room on the channel: everything but the conversation's own rules. */
    boolean ready(Channel channel) {
        return available() && onShift && room[channel.ordinal()];
    }

    int languageLevel(String language) {
        return language == null ? 0 : languages.getOrDefault(language, 0);
    }

    IndexedAgent withShift(boolean nowOnShift, Instant next) {
        return new IndexedAgent(state, nowOnShift, next, room, languages, open, capacity, skills);
    }
}
