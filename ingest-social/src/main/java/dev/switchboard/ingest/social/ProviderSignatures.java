package dev.switchboard.ingest.social;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.ingest.core.IngestMetrics;
import dev.switchboard.servicekit.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Ends a request whose provider signature is missing or wrong with 401 problem+json before anything is parsed or
 * published, and counts it ({@code switchboard_ingest_rejected_total{reason="bad-signature"}} and
 * {@code switchboard_ingest_social_rejected_total{provider}}).
 */
@ApplicationScoped
public class ProviderSignatures {

    private final IngestMetrics metrics;
    private final MeterRegistry registry;

    public ProviderSignatures(IngestMetrics metrics, MeterRegistry registry) {
        this.metrics = metrics;
        this.registry = registry;
    }

    public void require(boolean valid, String provider, String detail) {
        if (!valid) {
            metrics.rejected("bad-signature");
            registry.counter("switchboard.ingest.social.rejected", "provider", provider).increment();
            throw ProblemException.unauthorized(detail);
        }
    }
}
