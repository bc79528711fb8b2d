package dev.switchboard.gateway.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The gateway's own meters (Prometheus at {@code /q/metrics}; dots become underscores there). The connected agents
 * gauge is what scaling follows; pushes/s is the rate of the pushed counter.
 */
@ApplicationScoped
public class SocketMetrics {

    private final MeterRegistry registry;
    private final Counter pushed;
    private final Timer pushLatency;
    private final Counter tooSlow;
    private final Counter idle;

    public SocketMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pushed = registry.counter("switchboard.gateway.frames.pushed");
        this.pushLatency = Timer.builder("switchboard.gateway.push.latency")
                .description("From a delivery reaching this instance (from Kafka or the router) to its frame written")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        this.tooSlow = registry.counter("switchboard.gateway.sockets.too.slow");
        this.idle = registry.counter("switchboard.gateway.sockets.idle");
    }

    void connectedAgents(Supplier<Number> count) {
        Gauge.builder("switchboard.gateway.agents.connected", count).register(registry);
    }

    void pushed() {
        pushed.increment();
    }

    void written(long receivedNanos) {
        pushLatency.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    }

    void tooSlow() {
        tooSlow.increment();
    }

    void idle() {
        idle.increment();
    }

    void resumed(boolean fromRouter) {
        registry.counter("switchboard.gateway.resumes", "outcome", fromRouter ? "ok" : "unavailable").increment();
    }

    void rejected(ErrorCode code) {
        registry.counter("switchboard.gateway.frames.rejected", "code", code.code()).increment();
    }
}
