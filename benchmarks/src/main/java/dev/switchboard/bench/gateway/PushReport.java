package dev.switchboard.bench.gateway;

import java.io.PrintStream;

/** The results of one run, and the table and ratios docs/benchmarks.md quotes. */
record PushReport(PushOptions options, PushPhase bare, PushPhase gateway, String loadBefore, String loadAfter) {

    /** The gateway's highest rate kept up with ÷ the bare server's. */
    double keptUpRateRatio() {
        int bareBest = bare.bestRate(options);
        return bareBest == 0 ? 0 : (double) gateway.bestRate(options) / bareBest;
    }

    /** The gateway's peak received deliveries/s ÷ the bare server's. */
    double peakReceivedRatio() {
        return bare.peakReceivedPerSecond() == 0 ? 0 : gateway.peakReceivedPerSecond() / bare.peakReceivedPerSecond();
    }

    /** Nothing lost or doubled, no socket closed by a server, no frame that was not a benchmark offer. */
    boolean clean() {
        return bare.lost() + bare.duplicated() + gateway.lost() + gateway.duplicated() == 0
                && bare.socketsClosedByServer() + gateway.socketsClosedByServer() == 0
                && bare.unreadableFrames() + gateway.unreadableFrames() == 0;
    }

    void print(PrintStream out) {
        out.printf("%nAgent push, %d agents, %d s steps, %d cores; load average before %s, after %s%n",
                options.agents(), options.step().toSeconds(), Runtime.getRuntime().availableProcessors(), loadBefore,
                loadAfter);
        out.printf("%n| server | offered/s | received/s | p50 ms | p99 ms | p99.9 ms | max ms | p99 producer lag / "
                + "Kafka ack ms | lost | dup | keeps up | p99 held | CPU cores: server / bench JVM / other "
                + "| peak RSS MiB |%n");
        out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---|---|---:|");
        for (PushPhase phase : new PushPhase[] { bare, gateway }) {
            for (PushStep step : phase.steps()) {
                out.printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f | %d | %d | %s | %s "
                        + "| %.2f / %.2f / %.2f | %.0f |%n", phase.server(), step.offeredRate(),
                        step.receivedPerSecond(), step.p50Millis(), step.p99Millis(), step.p999Millis(),
                        step.maxMillis(), step.producerLagP99Millis(), step.kafkaAckP99Millis(), step.lost(),
                        step.duplicated(), step.keepsUp(options) ? "yes" : "no", step.holds(options) ? "yes" : "no",
                        step.cores().server(), step.cores().bench(), step.cores().other(), step.peakRssMegabytes());
            }
        }
        out.printf("%nRSS (VmRSS, -Xmx%s): ready / %d agents idle / same after a full GC / peak under load%n",
                PushOptions.HEAP, options.agents());
        for (PushPhase phase : new PushPhase[] { bare, gateway }) {
            out.printf("  %-14s %.0f / %.0f / %.0f / %.0f MiB%n", phase.server(), phase.readyRssMegabytes(),
                    phase.idleRssMegabytes(), phase.idleRssAfterGcMegabytes(), phase.peakRssMegabytes());
        }
        out.printf("Highest rate kept up with (>= %.0f %% of offered received, nothing lost or doubled), and of it "
                + "with p99 <= %.0f ms:%n", options.minReceivedShare() * 100, options.p99BoundMillis());
        for (PushPhase phase : new PushPhase[] { bare, gateway }) {
            out.printf("  %-14s %s%d deliveries/s, p99 held at %d/s%n", phase.server(),
                    phase.saturated(options) ? "" : ">= ", phase.bestRate(options), phase.bestHeldRate(options));
        }
        out.printf("Ratios gateway / bare:%n  highest rate kept up  = %s%.2f%n", bound(), keptUpRateRatio());
        out.printf("  peak received/s       = %.2f%n", peakReceivedRatio());
        for (PushStep gatewayStep : gateway.steps()) {
            PushStep bareStep = bare.at(gatewayStep.offeredRate());
            if (bareStep != null) {
                out.printf("  p99 at %6d/s        = %.2f (%.1f ms / %.1f ms)%n", gatewayStep.offeredRate(),
                        bareStep.p99Millis() == 0 ? 0 : gatewayStep.p99Millis() / bareStep.p99Millis(),
                        gatewayStep.p99Millis(), bareStep.p99Millis());
            }
        }
        out.printf("Delivery check: lost %d, duplicated %d, sockets closed by a server %d, unreadable frames %d: %s%n",
                bare.lost() + gateway.lost(), bare.duplicated() + gateway.duplicated(),
                bare.socketsClosedByServer() + gateway.socketsClosedByServer(),
                bare.unreadableFrames() + gateway.unreadableFrames(), clean() ? "clean" : "NOT CLEAN");
    }

    /** An unsaturated bare server makes the ratio an upper bound, an unsaturated gateway a lower one. */
    private String bound() {
        boolean gatewaySaturated = gateway.saturated(options);
        if (gatewaySaturated == bare.saturated(options)) {
            return gatewaySaturated ? "" : "~ ";
        }
        return gatewaySaturated ? "<= " : ">= ";
    }
}
