package dev.switchboard.router.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ExpectedWaitTest {

    private static final Duration HANDLE = Duration.ofMinutes(5);

    @Test
    void offeredAtOnceMeansNoWait() {
        assertEquals(Duration.ZERO, ExpectedWait.of(0, 0, HANDLE));
    }

    @Test
    void queueAheadDrainsAtSlotsPerHandleTimeRoundedUpToMinutes() {
        assertEquals(Duration.ofMinutes(5), ExpectedWait.of(1, 1, HANDLE));
        assertEquals(Duration.ofMinutes(2), ExpectedWait.of(1, 3, HANDLE));
        assertEquals(Duration.ofMinutes(17), ExpectedWait.of(10, 3, HANDLE));
        assertEquals(Duration.ofMinutes(1), ExpectedWait.of(1, 100, HANDLE));
    }

    @Test
    void noSlotOnShiftGivesNoEstimate() {
        assertNull(ExpectedWait.of(4, 0, HANDLE));
    }
}
