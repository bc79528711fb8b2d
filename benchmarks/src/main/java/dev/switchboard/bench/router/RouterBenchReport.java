package dev.switchboard.bench.router;

import java.io.PrintStream;
import java.time.Duration;

/** One run's numbers, and the ratio the issue sets a goal for (≥ 0.7). */
record RouterBenchReport(RouterBenchOptions options, Pgbench.Result pgbench, WholePath path, String loadBefore,
        String loadAfter) {

    static final double GOAL = 0.7;

    /** What the router committed inside the window, per second, and the router process's CPU over it. */
    record WholePath(double seconds, double messagesPerSecond, double offersPerSecond, double assignmentsPerSecond,
            double closesPerSecond, double routerCores) {

        static WholePath between(RouterBenchmark.Counts.Snapshot start, RouterBenchmark.Counts.Snapshot end,
                double cpuSeconds) {
            double seconds = Duration.between(start.at(), end.at()).toNanos() / 1e9;
            return new WholePath(seconds, (end.messages() - start.messages()) / seconds,
                    (end.offers() - start.offers()) / seconds, (end.accepted() - start.accepted()) / seconds,
                    (end.closed() - start.closed()) / seconds, cpuSeconds / seconds);
        }
    }

    double ratio() {
        return path.assignmentsPerSecond() / pgbench.tps();
    }

    void print(PrintStream out) {
        out.printf("pgbench (%s): %.1f tps; %d conversations claimed, %d still queued%n", pgbench.command(),
                pgbench.tps(), pgbench.claimed(), pgbench.leftQueued());
        out.printf("router whole path over %.1f s: %.1f messages/s stored, %.1f offers/s, %.1f assignments/s,"
                + " %.1f closes/s; router process %.2f cores%n", path.seconds(), path.messagesPerSecond(),
                path.offersPerSecond(), path.assignmentsPerSecond(), path.closesPerSecond(), path.routerCores());
        out.printf("assignments/s ÷ pgbench tps = %.3f (goal ≥ %.1f: %s); load average %s before, %s after%n",
                ratio(), GOAL, ratio() >= GOAL ? "met" : "NOT met", loadBefore, loadAfter);
    }
}
