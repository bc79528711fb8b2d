package dev.switchboard.bench.gateway;

/**
 * One open-loop step against one server: what was offered and produced, what arrived (distinct, lost, doubled),
 * push latency from each delivery's intended send time, the CPU each part used and the server's peak RSS.
 */
record PushStep(
        int offeredRate,
        long produced,
        long produceFailed,
        long received,
        long lost,
        long duplicated,
        double receivedPerSecond,
        double p50Millis,
        double p99Millis,
        double p999Millis,
        double maxMillis,
        ProcessUse.Cores cores,
        double peakRssMegabytes) {

    boolean holds(PushOptions options) {
        return lost == 0 && duplicated == 0 && produceFailed == 0 && p99Millis <= options.p99BoundMillis()
                && receivedPerSecond >= options.minReceivedShare() * offeredRate;
    }
}
