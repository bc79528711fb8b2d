package dev.switchboard.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class SessionFeedTest {

    private final List<String> passedOn = new ArrayList<>();
    private final SessionFeed<String> feed = new SessionFeed<>(3, Function.identity(), passedOn::add);

    @Test
    void holdsLiveDeliveriesUntilThePendingWorkIsPassedOn() {
        feed.live("d-live");

        assertEquals(List.of(), passedOn);
        assertEquals(1, feed.held());
        assertFalse(feed.whenLive().toCompletableFuture().isDone());

        feed.resumed(List.of("d-pending"));

        assertEquals(List.of("d-pending", "d-live"), passedOn);
        assertTrue(feed.whenLive().toCompletableFuture().isDone());
    }

    @Test
    void aDeliveryBothPendingAndLiveIsPassedOnOnce() {
        feed.live("d-1");
        feed.resumed(List.of("d-1", "d-2"));
        feed.live("d-2");
        feed.live("d-3");

        assertEquals(List.of("d-1", "d-2", "d-3"), passedOn);
    }

    @Test
    void onlyTheFirstResumeCounts() {
        feed.resumed(List.of("d-1"));
        feed.resumed(List.of("d-2"));

        assertEquals(List.of("d-1"), passedOn);
    }

    @Test
    void remembersOnlyTheMostRecentIds() {
        feed.resumed(List.of("d-1", "d-2", "d-3", "d-4"));
        feed.live("d-1");
        feed.live("d-4");

        assertEquals(List.of("d-1", "d-2", "d-3", "d-4", "d-1"), passedOn);
    }
}
