package dev.switchboard.gateway.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The deliveries of one socket, each passed on at most once. A socket is subscribed to live deliveries before the
 * agent's pending work is fetched from the router, so nothing produced meanwhile is lost: live ones are held until
 * the pending work has been passed on, then passed on themselves, skipping any id already passed on. Ids are
 * remembered for the socket's most recent {@code memory} deliveries, which covers a resume many times over.
 * Safe to use from any thread; the sink is called under the feed's lock, in order.
 *
 * @param <T> a delivery as the caller carries it
 */
public final class SessionFeed<T> {

    private final Function<T, String> idOf;
    private final Consumer<T> sink;
    private final Map<String, Boolean> passedOn;
    private final CompletableFuture<Void> live = new CompletableFuture<>();
    private List<T> held = new ArrayList<>();

    public SessionFeed(int memory, Function<T, String> idOf, Consumer<T> sink) {
        this.idOf = idOf;
        this.sink = sink;
        this.passedOn = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > memory;
            }
        };
    }

    /** A live delivery: held while resuming, else passed on unless already passed on. */
    public synchronized void live(T delivery) {
        if (held != null) {
            held.add(delivery);
        } else {
            passOnce(delivery);
        }
    }

    /**
     * The agent's pending work (empty when it could not be fetched): passed on, then what was held meanwhile.
     * From then on deliveries pass straight through. Only the first call counts.
     */
    public void resumed(List<T> pending) {
        synchronized (this) {
            if (held == null) {
                return;
            }
            pending.forEach(this::passOnce);
            List<T> meanwhile = held;
            held = null;
            meanwhile.forEach(this::passOnce);
        }
        // Outside the lock: what waited for the resume (the agent's own frames) runs on from here.
        live.complete(null);
    }

    /** Completes once the pending work and what was held have been passed on. */
    public CompletionStage<Void> whenLive() {
        return live;
    }

    public synchronized int held() {
        return held == null ? 0 : held.size();
    }

    private void passOnce(T delivery) {
        if (passedOn.put(idOf.apply(delivery), Boolean.TRUE) == null) {
            sink.accept(delivery);
        }
    }
}
