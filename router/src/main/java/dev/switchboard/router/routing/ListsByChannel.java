package dev.switchboard.router.routing;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.contracts.Channel;

/**
 * Candidate lists grouped by their channel. A change of an agent visits only the channels it is ready on (before
 * or after the change), and there only the lists whose required skills it has: most agents at any moment are
 * away, off shift or full, and touch none.
 */
final class ListsByChannel {

    private static final Channel[] CHANNELS = Channel.values();

    private final List<List<CandidateList>> byChannel = new ArrayList<>();

    ListsByChannel() {
        for (int i = 0; i < CHANNELS.length; i++) {
            byChannel.add(new ArrayList<>());
        }
    }

    void add(CandidateList list) {
        byChannel.get(list.requirement().channel().ordinal()).add(list);
    }

    void remove(CandidateList list) {
        byChannel.get(list.requirement().channel().ordinal()).remove(list);
    }

    void update(IndexedAgent before, IndexedAgent after) {
        for (Channel channel : CHANNELS) {
            boolean wasReady = before != null && before.ready(channel);
            boolean isReady = after != null && after.ready(channel);
            if (!wasReady && !isReady) {
                continue;
            }
            for (CandidateList list : byChannel.get(channel.ordinal())) {
                if (wasReady && list.mayHold(before) || isReady && list.mayHold(after)) {
                    list.update(before, after);
                }
            }
        }
    }
}
