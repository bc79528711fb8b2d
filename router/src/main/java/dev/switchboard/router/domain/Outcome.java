package dev.switchboard.router.domain;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.OutboundMessage;

/** What to publish once a transaction has committed: deliveries to agents and messages to customers. */
public record Outcome(List<Delivery> deliveries, List<OutboundMessage> outbound) {

    public static final Outcome NONE = new Outcome(List.of(), List.of());

    public Outcome {
        deliveries = List.copyOf(deliveries);
        outbound = List.copyOf(outbound);
    }

    public static Outcome of(List<Delivery> deliveries) {
        return new Outcome(deliveries, List.of());
    }

    public static Outcome of(OutboundMessage message) {
        return new Outcome(List.of(), List.of(message));
    }

    public Outcome and(List<Delivery> more) {
        List<Delivery> all = new ArrayList<>(deliveries);
        all.addAll(more);
        return new Outcome(all, outbound);
    }

    public boolean isEmpty() {
        return deliveries.isEmpty() && outbound.isEmpty();
    }
}
