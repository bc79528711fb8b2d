package dev.switchboard.bench.gateway;

/**
 * One open-loop step against one server: what was offered and produced, what arrived (distinct, lost, doubled),
 * push latency from each delivery's intended send time (and, of it, the producer's lag and Kafka's acknowledgement
 * at p99), the CPU each part used and the server's peak RSS.
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
        double producerLagP99Millis,
        double kafkaAckP99Millis,
        ProcessUse.Cores cores,
        double peakRssMegabytes) {

    /** The server kept up: at least the share of the offered rate received, nothing lost or doubled. */
    boolean keepsUp(PushOptions options) {
        return lost == 0 && duplicated == 0 && produceFailed == 0
                && receivedPerSecond >= options.minReceivedShare() * offeredRate;
    }

    /** Kept up with p99 within the bound. */
    boolean holds(PushOptions options) {
        return keepsUp(options) && p99Millis <= options.p99BoundMillis();
    }
}
