package dev.switchboard.bench.gateway;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for a condition outside this JVM, bounded; a failed check counts as "not yet". */
final class Polling {

    private static final long PAUSE_MILLIS = 200;

    private Polling() {
    }

    static void until(Duration bound, String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("gave up waiting for " + what + " after " + bound.toSeconds() + " s"
                + (last == null ? "" : " (last: " + last + ")"));
    }
}
