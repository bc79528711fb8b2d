package dev.switchboard.bench.ingest;

import java.util.BitSet;

/** Which posts went out, numbered from 0, and which of them the service accepted. Used from one thread only. */
final class PostLog {

    private final BitSet accepted = new BitSet();
    private int next;

    /** The sequence number of the next post. */
    int next() {
        return next++;
    }

    void accepted(int n) {
        accepted.set(n);
    }

    BitSet accepted() {
        return accepted;
    }
}
