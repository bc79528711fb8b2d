package dev.switchboard.bench.ingest;

import java.time.Duration;
import java.util.List;

/**
 * How one endpoint is ramped: a warm-up, then open-loop steps at rising rates. A step holds when every request was
 * accepted, nothing was shed, at least {@code minAchievedShare} of the offered rate came back and p99 is under the
 * bound; one that does not is run up to {@code retries} more times before the ramp stops, so one burst from another
 * process on a shared machine does not end it.
 */
public record RampOptions(
        List<Integer> rates,
        Duration step,
        int warmupRate,
        Duration warmup,
        double p99BoundMillis,
        double minAchievedShare,
        int retries,
        int connections,
        int maxInFlight) {

    /** Takes the ramp's options ({@code rates}, {@code step-seconds}, {@code warmup-rate} ...) with these defaults. */
    static RampOptions take(Args args, String rates, int warmupRate, int warmupSeconds) {
        return new RampOptions(
                args.takeInts("rates", rates),
                Duration.ofSeconds(args.takeInt("step-seconds", 10)),
                args.takeInt("warmup-rate", warmupRate),
                Duration.ofSeconds(args.takeInt("warmup-seconds", warmupSeconds)),
                Double.parseDouble(args.take("p99-ms", "50")),
                Double.parseDouble(args.take("min-achieved", "0.95")),
                args.takeInt("retries", 1),
                args.takeInt("connections", 256),
                args.takeInt("max-in-flight", 2048));
    }

    /** Tiny rates, one second a step, no retries: proves the path runs and loses nothing, in seconds. */
    static RampOptions smoke(List<Integer> rates) {
        return new RampOptions(rates, Duration.ofSeconds(1), rates.get(0), Duration.ofSeconds(1), 50, 0.95, 0, 8,
                256);
    }
}
