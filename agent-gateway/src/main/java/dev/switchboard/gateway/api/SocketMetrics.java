package dev.switchboard.gateway.api;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

@ApplicationScoped
public class SocketMetrics {

    private final MeterRegistry registry;
    private final Counter pushed;
    private final Counter tooSlow;

    public SocketMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pushed = registry.counter("switchboard.gateway.frames.pushed");
        this.tooSlow = registry.counter("switchboard.gateway.sockets.too.slow");
    }

    void connectedAgents(Supplier<Number> count) {
        Gauge.builder("switchboard.gateway.agents.connected", count).register(registry);
    }

    void pushed() {
        pushed.increment();
    }

    void tooSlow() {
        tooSlow.increment();
    }

    void rejected(ErrorCode code) {
        registry.counter("switchboard.gateway.frames.rejected", "code", code.code()).increment();
    }
}
