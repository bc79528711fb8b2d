package dev.switchboard.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OfflineGraceTest {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private final ManualTimers timers = new ManualTimers();
    private final Set<String> connected = new HashSet<>();
    private final List<String> offline = new ArrayList<>();
    private final OfflineGrace grace = new OfflineGrace(GRACE, timers, connected::contains, offline::add);

    @Test
    void anAgentWhoDoesNotComeBackGoesOfflineAfterTheGrace() {
        grace.disconnected("a1");

        assertEquals(List.of(GRACE), timers.delays);
        assertEquals(List.of(), offline);
        timers.fireAll();
        assertEquals(List.of("a1"), offline);
    }

    @Test
    void comingBackWithinTheGraceCostsNothing() {
        grace.disconnected("a1");
        connected.add("a1");
        grace.connected("a1");

        timers.fireAll();

        assertEquals(List.of(), offline);
        assertEquals(1, timers.cancelled);
    }

    @Test
    void aSocketStillOpenWhenTheTimerFiresKeepsTheAgentOnline() {
        grace.disconnected("a1");
        connected.add("a1");

        timers.fireAll();

        assertEquals(List.of(), offline);
    }

    @Test
    void onlyTheLatestDisconnectCounts() {
        grace.disconnected("a1");
        grace.connected("a1");
        grace.disconnected("a1");

        timers.fireAll();

        assertEquals(List.of("a1"), offline, "one OFFLINE, from the second disconnect");
    }

    @Test
    void agentsAreTimedSeparately() {
        grace.disconnected("a1");
        grace.disconnected("a2");
        grace.connected("a2");

        timers.fireAll();

        assertEquals(List.of("a1"), offline);
    }

    /** Timers fired by the test, in the order they were scheduled. */
    private static final class ManualTimers implements OfflineGrace.Timers {
        final List<Duration> delays = new ArrayList<>();
        final List<Runnable> live = new ArrayList<>();
        int cancelled;

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            delays.add(delay);
            live.add(task);
            return () -> {
                if (live.remove(task)) {
                    cancelled++;
                }
            };
        }

        void fireAll() {
            List<Runnable> due = List.copyOf(live);
            live.clear();
            due.forEach(Runnable::run);
        }
    }
}
