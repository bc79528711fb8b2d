package dev.switchboard.router.support;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.switchboard.testkit.ShiftableClock;

/**
 * The router's clock in tests: real time until a test moves it. Tests that move it call {@link ShiftableClock#reset}
 * when done so the next test starts at real time.
 */
public class TestClock {

    public static final ShiftableClock CLOCK = new ShiftableClock();

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return CLOCK;
    }
}
