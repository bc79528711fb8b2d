package dev.switchboard.ingest.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** switchboard_ingest_accepted_total, switchboard_ingest_rejected_total{reason}, switchboard_ingest_publish_seconds. */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Timer publish;
    private final Map<Channel, Counter> accepted = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.publish = Timer.builder("switchboard.ingest.publish")
                .description("Time from publish to Kafka acknowledgement")
                .publishPercentileHistogram()
                .register(registry);
    }

    public Timer.Sample startPublish() {
        return Timer.start(registry);
    }

    public void stopPublish(Timer.Sample sample) {
        sample.stop(publish);
    }

    /** Looked up once per channel: a registry lookup per message (tags, id, map) cost more than the increment. */
    public void accepted(Channel channel) {
        accepted.computeIfAbsent(channel,
                c -> registry.counter("switchboard.ingest.accepted", "channel", c.name())).increment();
    }

    public void rejected(String reason) {
        registry.counter("switchboard.ingest.rejected", "reason", reason).increment();
    }
}
