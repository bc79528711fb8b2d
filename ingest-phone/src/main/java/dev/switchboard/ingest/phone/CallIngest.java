package dev.switchboard.ingest.phone;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/** Normalizes calls, publishes those that go to Kafka, and answers once Kafka has every one of them. */
@ApplicationScoped
public class CallIngest {

    private final CallNormalizer normalizer;
    private final InboundPublisher publisher;
    private final MeterRegistry registry;

    public CallIngest(CallNormalizer normalizer, InboundPublisher publisher, MeterRegistry registry) {
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.registry = registry;
    }

    public Uni<Accepted> ingest(CallRecord call) {
        return ingestAll(List.of(call)).map(answers -> answers.get(0));
    }

    /** The answers in the order of {@code calls}. */
    public Uni<List<Accepted>> ingestAll(List<CallRecord> calls) {
        List<NormalizedCall> normalized = calls.stream().map(normalizer::normalize).toList();
        List<InboundMessage> messages = normalized.stream()
                .filter(NormalizedCall::publish).map(NormalizedCall::message).toList();
        Uni<?> published = messages.isEmpty() ? Uni.createFrom().voidItem() : publisher.publishAll(messages);
        return published.map(done -> {
            normalized.stream().filter(call -> !call.publish()).forEach(call -> registry
                    .counter("switchboard.ingest.phone.unpublished", "status", call.status()).increment());
            return normalized.stream().map(NormalizedCall::answer).toList();
        });
    }
}
