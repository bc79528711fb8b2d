package dev.switchboard.router.domain;

/** A merge that cannot be done as asked: one of the customers was already merged into another. */
public class MergeRefused extends RuntimeException {

    public MergeRefused(String reason) {
        super(reason, null, false, false);
    }
}
