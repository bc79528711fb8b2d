package dev.switchboard.gateway.api;

import java.util.function.Supplier;

import dev.switchboard.contracts.Delivery;

/**
 * A delivery on its way to a socket: its frame is written once however many sockets it goes to, and
 * {@code receivedNanos} (when this instance got it) is where push latency is measured from.
 */
record Push(Delivery delivery, Supplier<String> frame, long receivedNanos) {

    String id() {
        return delivery.id();
    }
}
