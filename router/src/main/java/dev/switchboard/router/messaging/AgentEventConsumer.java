package dev.switchboard.router.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.domain.AgentActivity;
import io.smallrye.mutiny.Uni;

/** Consumes what agents do; acknowledged, like inbound records, only after the commit and the deliveries. */
@ApplicationScoped
public class AgentEventConsumer {

    private final AgentActivity activity;
    private final DeliveryPublisher deliveries;

    public AgentEventConsumer(AgentActivity activity, DeliveryPublisher deliveries) {
        this.activity = activity;
        this.deliveries = deliveries;
    }

    @Incoming(Topics.AGENT_EVENTS)
    public Uni<Void> consume(AgentEvent event) {
        return ProcessingAttempts.run(() -> activity.apply(event)).chain(deliveries::publish);
    }
}
