package dev.switchboard.router.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.domain.ConversationIntake;
import dev.switchboard.router.domain.Outcome;
import dev.switchboard.router.domain.RouterMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Consumes customer messages. The returned Uni completes after the database commit and the resulting deliveries and
 * acknowledgement, and only then is the record acknowledged, so its offset is committed only once the work is
 * durable.
 */
@ApplicationScoped
public class InboundConsumer {

    private final ConversationIntake intake;
    private final DeliveryPublisher deliveries;
    private final OutboundPublisher outbound;
    private final RouterMetrics metrics;

    public InboundConsumer(ConversationIntake intake, DeliveryPublisher deliveries, OutboundPublisher outbound,
            RouterMetrics metrics) {
        this.intake = intake;
        this.deliveries = deliveries;
        this.outbound = outbound;
        this.metrics = metrics;
    }

    @Incoming(Topics.INBOUND)
    public Uni<Void> consume(InboundMessage message) {
        return ProcessingAttempts.<Outcome>run(() -> intake.receive(message))
                .chain(made -> deliveries.publish(made.deliveries()).chain(() -> outbound.publish(made.outbound())))
                .onFailure().invoke(() -> metrics.deadLettered(Topics.INBOUND));
    }
}
