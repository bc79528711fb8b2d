package dev.switchboard.router.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A seeded random run of what customers and agents do (new conversations on random channels and languages, messages
 * reopening closed ones, presence changes, accepts, declines, closes, and the clock moving past offer deadlines),
 * checking after every event, once the router has applied it, that no conversation waits in the queue while an agent
 * who could take it has room, and that no agent holds more than its capacity.
 *
 * <p>The periodic sweeps are paused, and the expiry sweep runs only while the test moves the clock: every change is
 * then the effect of one event, so the invariant must hold after each one by itself, not merely after the next queue
 * sweep has caught up. Replay a failure with {@code -Dqueue-invariant.seed=<seed>}; {@code -Dqueue-invariant.steps}
 * sets the length of the run.
 */
@QuarkusTest
@RouterTestResources
class QueueInvariantTest {

    private static final String QUEUE_SWEEP = "queue";
    private static final String EXPIRY_SWEEP = "offer-expiry";
    private static final int STEPS = Integer.getInteger("queue-invariant.steps", 120);

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void eventsOnly() {
        RouterApi.clearDatabase();
        scheduler.pause(QUEUE_SWEEP);
        scheduler.pause(EXPIRY_SWEEP);
        assertTrue(scheduler.isPaused(QUEUE_SWEEP) && scheduler.isPaused(EXPIRY_SWEEP),
                "the sweeps this test pauses are named " + QUEUE_SWEEP + " and " + EXPIRY_SWEEP);
    }

    @AfterEach
    void restore() {
        scheduler.resume(QUEUE_SWEEP);
        scheduler.resume(EXPIRY_SWEEP);
        TestClock.CLOCK.reset();
    }

    @Test
    void noConversationWaitsWhileAnAgentWhoCouldTakeItHasRoom() {
        long seed = Long.getLong("queue-invariant.seed", System.nanoTime());
        RandomRouting session = new RandomRouting(new Random(seed), Long.toString(Math.abs(seed) % 1_000_000L, 36),
                () -> scheduler.resume(EXPIRY_SWEEP), () -> scheduler.pause(EXPIRY_SWEEP));
        List<String> steps = new ArrayList<>();
        session.defineAgents(steps);
        check(seed, steps);
        for (int i = 0; i < STEPS; i++) {
            steps.add((i + 1) + ". " + session.next());
            check(seed, steps);
        }
        System.out.printf("QueueInvariantTest seed %d: %d steps held the invariant; offers %s%n", seed, STEPS,
                RouterDb.rows("SELECT status, count(*) AS n FROM offers GROUP BY status ORDER BY status"));
        assertTrue(RouterDb.rows("SELECT id FROM offers WHERE status = 'ACCEPTED'").size() > 0,
                "seed " + seed + ": the run never assigned anything, so it proved little:\n" + String.join("\n", steps));
    }

    private static void check(long seed, List<String> steps) {
        List<Map<String, Object>> waiting = QueueInvariant.queuedWhileAnAgentCouldTakeIt();
        List<Map<String, Object>> over = QueueInvariant.overCapacity();
        if (!waiting.isEmpty() || !over.isEmpty()) {
            fail("seed " + seed + " (replay with -Dqueue-invariant.seed=" + seed + "), after step " + steps.size()
                    + ":\nqueued while an agent could take it: " + waiting + "\nover capacity: " + over
                    + "\nagents: " + RouterDb.rows("""
                            SELECT a.id, a.presence, a.languages::text, a.skills::text, a.capacity::text,
                                   a.max_concurrent, (SELECT count(*) FROM conversations c WHERE c.assigned_agent_id
                                   = a.id AND c.status IN ('OFFERED', 'ASSIGNED')) AS held
                            FROM agents a ORDER BY a.id""")
                    + "\nqueue: " + RouterDb.rows("""
                            SELECT id, channel, language, skills::text, priority, queued_since FROM conversations
                            WHERE status = 'QUEUED' ORDER BY priority DESC, queued_since, id""")
                    + "\nsteps:\n" + String.join("\n", steps));
        }
    }
}
