package dev.switchboard.contracts.docs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Presence;

/** Records as the services build them: one conversation, from the customer's email to the agent's reply. */
final class ContractSamples {

    static final String AGENT = "agent-0042";
    static final String CONVERSATION = "5f0c6a2e-8d1b-4c7e-9a43-1f2d3c4b5a69";
    static final String OFFER = "0b6f1f6e-3c55-4b8e-a0d2-77e4b1c9d015";
    static final Instant RECEIVED = Instant.parse("2026-11-23T09:14:07.412Z");

    private static final Delivery.CustomerSummary RENEE = new Delivery.CustomerSummary(
            "c3a1e7d0-52b4-4f0a-8e6d-2b9f4c1a7e35", "Renée Dubois", "renee.dubois@example.fr");

    private ContractSamples() {
    }

    /** Every field set, the way ingest-email would publish a customer's follow-up email. */
    static InboundMessage inbound() {
        String providerMessageId = "<CAF7k2x9Q@mail.example.fr>";
        return new InboundMessage(
                MessageIds.canonicalId(Channel.EMAIL, "sendgrid", providerMessageId),
                InboundMessage.SCHEMA_VERSION,
                Channel.EMAIL,
                "sendgrid",
                "email:sendgrid:<order-4412@shop.example.com>",
                providerMessageId,
                new CustomerIdentity("renee.dubois@example.fr", "+33612345678", "renee.dubois", "Renée Dubois",
                        "fr-FR", "Europe/Paris", "FR"),
                "Re: Commande 4412 — colis abîmé",
                "Bonjour, le colis est arrivé abîmé. Pouvez-vous m'envoyer un remplacement ?",
                "Le 22 nov. 2026 à 18:02, Support <support@shop.example.com> a écrit :\n> Merci pour votre commande.",
                "<p>Bonjour, le colis est arrivé abîmé. Pouvez-vous m'envoyer un remplacement ?</p>",
                List.of(new Attachment("colis.jpg", "image/jpeg", 482_113L,
                        "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",
                        "s3://switchboard-attachments/2026/11/23/colis.jpg")),
                "fr",
                Instant.parse("2026-11-23T09:14:05Z"),
                RECEIVED,
                Set.of(MessageFlag.FORWARDED),
                Map.of("email.inReplyTo", "<order-4412@shop.example.com>", "sendgrid.spamScore", "0.1"));
    }

    static List<AgentEvent> agentEvents() {
        Instant at = RECEIVED.plusSeconds(20);
        return List.of(
                new AgentEvent.PresenceChanged("e-7d0c2b1a", AgentEvent.SCHEMA_VERSION, AGENT, at, Presence.AVAILABLE),
                new AgentEvent.OfferAccepted("e-7d0c2b1b", AgentEvent.SCHEMA_VERSION, AGENT, at.plusSeconds(4), OFFER,
                        CONVERSATION),
                new AgentEvent.OfferDeclined("e-7d0c2b1c", AgentEvent.SCHEMA_VERSION, AGENT, at.plusSeconds(4), OFFER,
                        CONVERSATION, "already on a call"),
                new AgentEvent.ReplySent("e-7d0c2b1d", AgentEvent.SCHEMA_VERSION, AGENT, at.plusSeconds(95),
                        CONVERSATION, "Bonjour Renée, un nouveau colis part aujourd'hui. Toutes nos excuses !"),
                new AgentEvent.ConversationClosed("e-7d0c2b1e", AgentEvent.SCHEMA_VERSION, AGENT, at.plusSeconds(120),
                        CONVERSATION, "resolved"),
                new AgentEvent.TransferRequested("e-7d0c2b1f", AgentEvent.SCHEMA_VERSION, AGENT, at.plusSeconds(60),
                        CONVERSATION, null, "returns", "Customer wants a refund rather than a replacement."));
    }

    static List<Delivery> deliveries() {
        Instant at = RECEIVED.plusMillis(180);
        Delivery.ConversationMessage first = new Delivery.ConversationMessage("m-91c2", "CUSTOMER",
                "Bonjour, le colis est arrivé abîmé. Pouvez-vous m'envoyer un remplacement ?", RECEIVED);
        return List.of(
                new Delivery.Offer("d-4e01", Delivery.SCHEMA_VERSION, AGENT, CONVERSATION, at, OFFER, Channel.EMAIL,
                        "sendgrid", RENEE, "Re: Commande 4412 — colis abîmé", first.text(), "fr",
                        List.of("orders", "returns"), 2, "fluent French speaker with the orders skill, idle longest",
                        at.plusSeconds(120)),
                new Delivery.Assigned("d-4e02", Delivery.SCHEMA_VERSION, AGENT, CONVERSATION, at.plusSeconds(4),
                        Channel.EMAIL, RENEE, "Re: Commande 4412 — colis abîmé", "fr", List.of(first)),
                new Delivery.FollowUp("d-4e03", Delivery.SCHEMA_VERSION, AGENT, CONVERSATION, at.plusSeconds(40),
                        new Delivery.ConversationMessage("m-91c3", "CUSTOMER", "Voici la photo du carton.",
                                at.plusSeconds(39))),
                new Delivery.Revoked("d-4e04", Delivery.SCHEMA_VERSION, AGENT, CONVERSATION, at.plusSeconds(120), OFFER,
                        "expired"));
    }

    static List<OutboundMessage> outbound() {
        CustomerIdentity to = new CustomerIdentity("renee.dubois@example.fr", null, null, "Renée Dubois", "fr-FR",
                "Europe/Paris", "FR");
        return List.of(
                new OutboundMessage("o-1b7e", OutboundMessage.SCHEMA_VERSION, OutboundMessage.Kind.AUTO_ACKNOWLEDGEMENT,
                        CONVERSATION, Channel.EMAIL, "sendgrid", to, null,
                        "Merci, nous avons bien reçu votre message. Un conseiller vous répond d'ici 10 minutes.", "fr",
                        RECEIVED.plusMillis(200)),
                new OutboundMessage("o-1b7f", OutboundMessage.SCHEMA_VERSION, OutboundMessage.Kind.REPLY, CONVERSATION,
                        Channel.EMAIL, "sendgrid", to, AGENT,
                        "Bonjour Renée, un nouveau colis part aujourd'hui. Toutes nos excuses !", "fr",
                        RECEIVED.plusSeconds(115)));
    }
}
