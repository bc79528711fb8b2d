package dev.switchboard.bench.ingest;

import java.time.Duration;

/**
 * One fixed-rate step: what was offered, what was accepted (202, or what the service answers instead), the records
 * and request bytes per second that makes, the latency from intended send times, the CPU split.
 */
public record StepResult(int offeredRate, long accepted, long failed, long shed, double achievedRate,
        double achievedRecordRate, double acceptedMegabytesPerSecond, double p50Millis, double p99Millis,
        double p999Millis, double maxMillis, String firstFailure, CpuSplit cpu) {

    static StepResult of(int rate, Duration duration, LatencyRecorder recorder, CpuSplit cpu) {
        double seconds = Math.max(duration.toNanos(), recorder.elapsedNanos()) / 1e9;
        return new StepResult(rate, recorder.accepted(), recorder.failed(), recorder.shed(),
                recorder.accepted() / seconds, recorder.records() / seconds, recorder.acceptedBytes() / seconds / 1e6,
                recorder.percentileMillis(50), recorder.percentileMillis(99), recorder.percentileMillis(99.9),
                recorder.maxMillis(), recorder.firstFailure(), cpu);
    }

    /** The rate is sustained: every request accepted, at the offered rate, with p99 under the bound. */
    boolean holds(RampOptions options) {
        return failed == 0 && shed == 0 && achievedRate >= options.minAchievedShare() * offeredRate
                && p99Millis < options.p99BoundMillis();
    }
}
