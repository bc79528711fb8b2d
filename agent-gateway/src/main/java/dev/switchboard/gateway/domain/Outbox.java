package dev.switchboard.gateway.domain;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What is being written to one socket, bounded. A write is started at once and never waited for; when more than
 * {@code capacity} writes are unfinished the reader is too slow, and the socket is given up (once) instead of
 * buffering without end or dropping frames silently.
 */
public final class Outbox {

    private final int capacity;
    private final Function<String, CompletionStage<?>> write;
    private final Runnable overflow;
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();

    /**
     * @param write    starts writing one frame; completes when the frame is written or failed
     * @param overflow called once, when the socket falls too far behind
     */
    public Outbox(int capacity, Function<String, CompletionStage<?>> write, Runnable overflow) {
        this.capacity = capacity;
        this.write = write;
        this.overflow = overflow;
    }

    /** Starts writing the frame; answers false, without writing, once the socket has fallen too far behind. */
    public boolean offer(String frame) {
        return offer(frame, () -> { });
    }

    /** As {@link #offer(String)}; {@code written} runs once the frame has been written successfully. */
    public boolean offer(String frame, Runnable written) {
        if (overflowed.get()) {
            return false;
        }
        if (unfinished.incrementAndGet() > capacity) {
            unfinished.decrementAndGet();
            if (overflowed.compareAndSet(false, true)) {
                overflow.run();
            }
            return false;
        }
        CompletionStage<?> writing;
        try {
            writing = write.apply(frame);
        } catch (RuntimeException e) {
            unfinished.decrementAndGet();
            throw e;
        }
        writing.whenComplete((ignored, failure) -> {
            unfinished.decrementAndGet();
            if (failure == null) {
                written.run();
            }
        });
        return true;
    }

    public int unfinished() {
        return unfinished.get();
    }
}
