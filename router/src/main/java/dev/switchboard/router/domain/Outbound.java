package dev.switchboard.router.domain;

import java.time.Instant;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.MessageEntity;

/** Maps what the router stored to what a channel connector sends the customer. */
final class Outbound {

    private Outbound() {
    }

    /** An agent's reply; its id is the stored message's, so a re-publication is the same record. */
    static OutboundMessage reply(MessageEntity message, ConversationEntity conversation, CustomerEntity customer) {
        return new OutboundMessage(message.id.toString(), OutboundMessage.SCHEMA_VERSION,
                OutboundMessage.Kind.REPLY, conversation.id.toString(), conversation.channel, conversation.provider,
                identity(customer), message.agentId, message.text, conversation.language, message.receivedAt);
    }

    /** The automatic acknowledgement of a new conversation; one id per conversation. */
    static OutboundMessage acknowledgement(ConversationEntity conversation, CustomerEntity customer, String text,
            String language, Instant at) {
        return new OutboundMessage(Deliveries.derivedId("acknowledgement", conversation.id).toString(),
                OutboundMessage.SCHEMA_VERSION, OutboundMessage.Kind.AUTO_ACKNOWLEDGEMENT, conversation.id.toString(),
                conversation.channel, conversation.provider, identity(customer), null, text, language, at);
    }

    private static CustomerIdentity identity(CustomerEntity c) {
        return c == null ? null
                : new CustomerIdentity(c.email, c.phone, c.handle, c.displayName, c.locale, c.timeZone, c.country);
    }
}
