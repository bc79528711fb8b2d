package dev.switchboard.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.Delivery;

/** Deliveries as the router makes them, each with fresh ids. */
final class Deliveries {

    private Deliveries() {
    }

    static Delivery.Offer offer(String agentId) {
        return offer(agentId, "c-" + UUID.randomUUID(), "my order is missing");
    }

    static Delivery.Offer offer(String agentId, String conversationId, String preview) {
        Instant now = Instant.now();
        return new Delivery.Offer(UUID.randomUUID().toString(), Delivery.SCHEMA_VERSION, agentId, conversationId,
                now, "o-" + UUID.randomUUID(), Channel.CHAT, "webchat",
                new Delivery.CustomerSummary("cu-1", "Ana Ruiz", null), null, preview, "en",
                List.of("orders"), 2, "speaks English, has the orders skill", now.plusSeconds(30));
    }

    static Delivery.Assigned assigned(String agentId, String conversationId) {
        Instant now = Instant.now();
        return new Delivery.Assigned(UUID.randomUUID().toString(), Delivery.SCHEMA_VERSION, agentId, conversationId,
                now, Channel.EMAIL, new Delivery.CustomerSummary("cu-2", "Bo Chen", "bo@example.com"), "Refund",
                "en", List.of(new Delivery.ConversationMessage("m-1", "CUSTOMER", "Where is my refund?", now)));
    }

    static Delivery.Revoked revoked(Delivery.Offer offer) {
        return new Delivery.Revoked(UUID.randomUUID().toString(), Delivery.SCHEMA_VERSION, offer.agentId(),
                offer.conversationId(), Instant.now(), offer.offerId(), "expired");
    }
}
