package dev.switchboard.router.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.domain.ConversationIntake;
import io.smallrye.mutiny.Uni;

/**
 * Consumes customer messages. The returned Uni completes after the database commit and the resulting deliveries,
 * and only then is the record acknowledged, so its offset is committed only once the work is durable.
 */
@ApplicationScoped
public class InboundConsumer {

    private final ConversationIntake intake;
    private final DeliveryPublisher deliveries;

    public InboundConsumer(ConversationIntake intake, DeliveryPublisher deliveries) {
        this.intake = intake;
        this.deliveries = deliveries;
    }

    @Incoming(Topics.INBOUND)
    public Uni<Void> consume(InboundMessage message) {
        return ProcessingAttempts.run(() -> intake.receive(message)).chain(deliveries::publish);
    }
}
