package dev.switchboard.bench.ingest;

import java.util.List;

/**
 * One endpoint's steps, in rising rate, up to and including the first that did not hold. {@code bestRate} is the
 * highest rate that held (0 if none); when every step held, the endpoint was not saturated and {@code bestRate} is a
 * lower bound ({@code saturated} is false).
 */
public record RampResult(String endpoint, List<StepResult> steps, int bestRate, boolean saturated) {

    /** The highest step that held, or null when none did. */
    public StepResult best() {
        return steps.stream().filter(s -> s.offeredRate() == bestRate).reduce((first, last) -> last).orElse(null);
    }

    static RampResult of(String endpoint, List<StepResult> steps, RampOptions options) {
        int best = steps.stream().filter(s -> s.holds(options)).mapToInt(StepResult::offeredRate).max().orElse(0);
        boolean saturated = steps.stream().anyMatch(s -> !s.holds(options));
        return new RampResult(endpoint, steps, best, saturated);
    }
}
