package dev.switchboard.router.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.domain.Acknowledgements;
import dev.switchboard.router.domain.ConversationIntake;
import dev.switchboard.router.domain.RouterMetrics;
import io.smallrye.mutiny.Uni;

/**
 * Consumes customer messages. The returned Uni completes after the database commit and the resulting deliveries,
 * and only then is the record acknowledged, so its offset is committed only once the work is durable.
 */
@ApplicationScoped
public class InboundConsumer {

    private final ConversationIntake intake;
    private final DeliveryPublisher deliveries;
    private final Acknowledgements acknowledgements;
    private final OutboundPublisher outbound;
    private final RouterMetrics metrics;

    public InboundConsumer(ConversationIntake intake, DeliveryPublisher deliveries, Acknowledgements acknowledgements,
            OutboundPublisher outbound, RouterMetrics metrics) {
        this.intake = intake;
        this.deliveries = deliveries;
        this.acknowledgements = acknowledgements;
        this.outbound = outbound;
        this.metrics = metrics;
    }

    @Incoming(Topics.INBOUND)
    public Uni<Void> consume(InboundMessage message) {
        // Read after the commit, so it reflects the routing decision; a redelivery gives the same acknowledgement.
        Uni<List<OutboundMessage>> acknowledgement = ProcessingAttempts
                .run(() -> acknowledgements.forNewConversation(message)).map(ack -> ack.stream().toList());
        return ProcessingAttempts.run(() -> intake.receive(message))
                .chain(made -> acknowledgement.chain(ack -> deliveries.publish(made).chain(() -> outbound.publish(ack))))
                .onFailure().invoke(() -> metrics.deadLettered(Topics.INBOUND));
    }
}
