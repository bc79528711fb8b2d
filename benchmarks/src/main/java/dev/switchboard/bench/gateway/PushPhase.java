package dev.switchboard.bench.gateway;

import java.util.List;

/**
 * One server's part of the run: its RSS when ready, with every agent connected and idle, and once more after a full
 * GC, then its steps. It {@code saturated} when a step did not keep up; {@code bestRate} is the highest offered rate
 * it kept up with, {@code bestHeldRate} the highest it also held p99 within the bound at.
 */
record PushPhase(
        String server,
        double readyRssMegabytes,
        double idleRssMegabytes,
        double idleRssAfterGcMegabytes,
        List<PushStep> steps,
        int socketsClosedByServer,
        long unreadableFrames) {

    int bestRate(PushOptions options) {
        return steps.stream().filter(step -> step.keepsUp(options)).mapToInt(PushStep::offeredRate).max().orElse(0);
    }

    int bestHeldRate(PushOptions options) {
        return steps.stream().filter(step -> step.holds(options)).mapToInt(PushStep::offeredRate).max().orElse(0);
    }

    boolean saturated(PushOptions options) {
        return steps.stream().anyMatch(step -> !step.keepsUp(options));
    }

    double peakReceivedPerSecond() {
        return steps.stream().mapToDouble(PushStep::receivedPerSecond).max().orElse(0);
    }

    double peakRssMegabytes() {
        return steps.stream().mapToDouble(PushStep::peakRssMegabytes).max().orElse(0);
    }

    long lost() {
        return steps.stream().mapToLong(PushStep::lost).sum();
    }

    long duplicated() {
        return steps.stream().mapToLong(PushStep::duplicated).sum();
    }

    /** The step at {@code rate}, or null when this server's ramp stopped before it. */
    PushStep at(int rate) {
        return steps.stream().filter(step -> step.offeredRate() == rate).findFirst().orElse(null);
    }
}
