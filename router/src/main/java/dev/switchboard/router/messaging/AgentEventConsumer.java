package dev.switchboard.router.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.domain.AgentActivity;
import dev.switchboard.router.domain.Outcome;
import dev.switchboard.router.domain.RouterMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Consumes what agents do; acknowledged, like inbound records, only after the commit, the deliveries and the
 * outbound messages. A failure here sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class AgentEventConsumer {

    private final AgentActivity activity;
    private final DeliveryPublisher deliveries;
    private final OutboundPublisher outbound;
    private final RouterMetrics metrics;

    public AgentEventConsumer(AgentActivity activity, DeliveryPublisher deliveries, OutboundPublisher outbound,
            RouterMetrics metrics) {
        this.activity = activity;
        this.deliveries = deliveries;
        this.outbound = outbound;
        this.metrics = metrics;
    }

    @Incoming(Topics.AGENT_EVENTS)
    public Uni<Void> consume(AgentEvent event) {
        return ProcessingAttempts.<Outcome>run(() -> activity.apply(event))
                .call(outcome -> deliveries.publish(outcome.deliveries()))
                .call(outcome -> outbound.publish(outcome.outbound()))
                .replaceWithVoid()
                .onFailure().invoke(() -> metrics.deadLettered(Topics.AGENT_EVENTS));
    }
}
