package dev.switchboard.router.domain;

import java.util.List;

import dev.switchboard.contracts.Delivery;

/**
 * What an agent has on their desk: the offers still open to them and the conversations they hold, as the very
 * deliveries that announced them (same ids), so a gateway resuming an agent can skip what it already pushed.
 */
public record AgentWork(List<Delivery.Offer> offers, List<Delivery.Assigned> assigned) {

    public AgentWork {
        offers = List.copyOf(offers);
        assigned = List.copyOf(assigned);
    }
}
