package dev.switchboard.router.routing;

import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Channel;

/**
 * Running totals over every agent in the index, from which a decision counts the agents excluded for presence,
 * shift, capacity and language without visiting them.
 */
final class ReadyCounts {

    private static final Channel[] CHANNELS = Channel.values();

    private int total;
    private int available;
    private int availableOnShift;
    private final int[] ready = new int[CHANNELS.length];
    /** Primary language subtag → channel ordinal → exact level → ready agents. */
    private final Map<String, int[][]> readyByLanguage = new HashMap<>();

    void add(IndexedAgent agent) {
        change(agent, 1);
    }

    void remove(IndexedAgent agent) {
        change(agent, -1);
    }

    int total() {
        return total;
    }

    int available() {
        return available;
    }

    int availableOnShift() {
        return availableOnShift;
    }

    int ready(Channel channel) {
        return ready[channel.ordinal()];
    }

    /** Ready agents on the channel whose level in the language is at least {@code minLevel} (≥ 1). */
    int readySpeaking(Channel channel, String language, int minLevel) {
        int[][] byChannel = readyByLanguage.get(language);
        if (byChannel == null) {
            return 0;
        }
        int count = 0;
        for (int level = Math.max(1, minLevel); level <= Languages.MAX_LEVEL; level++) {
            count += byChannel[channel.ordinal()][level];
        }
        return count;
    }

    private void change(IndexedAgent agent, int sign) {
        total += sign;
        if (!agent.available()) {
            return;
        }
        available += sign;
        if (!agent.onShift()) {
            return;
        }
        availableOnShift += sign;
        for (Channel channel : CHANNELS) {
            if (agent.ready(channel)) {
                ready[channel.ordinal()] += sign;
                agent.languages().forEach((language, level) -> readyByLanguage
                        .computeIfAbsent(language, l -> new int[CHANNELS.length][Languages.MAX_LEVEL + 1])
                        [channel.ordinal()][level] += sign);
            }
        }
    }
}
