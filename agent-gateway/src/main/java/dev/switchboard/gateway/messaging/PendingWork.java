package dev.switchboard.gateway.messaging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.switchboard.contracts.Delivery;

/** The router's answer to "what is this agent's work now": the same records as on the deliveries topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PendingWork(List<Delivery.Offer> offers, List<Delivery.Assigned> assigned) {

    public static final PendingWork NONE = new PendingWork(List.of(), List.of());

    public PendingWork {
        offers = offers == null ? List.of() : List.copyOf(offers);
        assigned = assigned == null ? List.of() : List.copyOf(assigned);
    }

    /** Held conversations first, so a desk knows them before offers arrive; then the open offers. */
    public List<Delivery> inOrder() {
        List<Delivery> all = new ArrayList<>(assigned);
        all.addAll(offers);
        return all;
    }
}
