package dev.switchboard.router.domain;

import java.time.Duration;

/**
 * The wait a new conversation can expect, from its place in the queue and the room of the agents on shift who
 * speak its language: {@code position × handleTime ÷ slots}, rounded up to whole minutes, where position is the
 * number of conversations served before it plus itself (0 when it was offered at once) and slots the number of
 * conversations those agents can hold at once on its channel. Each slot frees once per handle time on average,
 * so the queue ahead drains at {@code slots ÷ handleTime}.
 */
final class ExpectedWait {

    private ExpectedWait() {
    }

    /** @return the wait; null when nobody on shift can take the conversation (slots is 0) */
    static Duration of(long position, long slots, Duration handleTime) {
        if (position <= 0) {
            return Duration.ZERO;
        }
        if (slots <= 0) {
            return null;
        }
        long seconds = (long) Math.ceil((double) position * handleTime.toSeconds() / slots);
        return Duration.ofMinutes(Math.max(1, (seconds + 59) / 60));
    }
}
