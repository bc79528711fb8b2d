package dev.switchboard.ingest.social;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.core.InboundPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Publishes the messages of one webhook body together and answers once Kafka has every one of them (503 otherwise,
 * and the provider retries the whole body; deterministic ids make that harmless). Skipped items are counted in
 * {@code switchboard_ingest_social_skipped_total{provider,reason}}.
 */
@ApplicationScoped
public class SocialIngest {

    private final InboundPublisher publisher;
    private final MeterRegistry registry;

    public SocialIngest(InboundPublisher publisher, MeterRegistry registry) {
        this.publisher = publisher;
        this.registry = registry;
    }

    public Uni<WebhookResult> ingest(String provider, List<Item> items) {
        List<InboundMessage> messages = items.stream().filter(Item::published).map(Item::message).toList();
        Uni<?> published = messages.isEmpty() ? Uni.createFrom().voidItem() : publisher.publishAll(messages);
        return published.map(done -> {
            items.stream().filter(item -> !item.published()).forEach(item -> registry
                    .counter("switchboard.ingest.social.skipped", "provider", provider,
                            "reason", metricReason(item.skipReason()))
                    .increment());
            return new WebhookResult(
                    items.stream().filter(Item::published)
                            .map(item -> new WebhookResult.AcceptedItem(item.ref(), item.message().id(),
                                    item.message().conversationKey(), "accepted"))
                            .toList(),
                    items.stream().filter(item -> !item.published())
                            .map(item -> new WebhookResult.SkippedItem(item.ref(), item.skipReason()))
                            .toList());
        });
    }

    /** The reason up to its first colon, so the metric has few label values. */
    private static String metricReason(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
