package dev.switchboard.router.support;

import java.time.Instant;
import java.util.UUID;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;

/** Agent events and inbound messages the lifecycle tests send, beyond what {@link Records} builds. */
public final class AgentEvents {

    private AgentEvents() {
    }

    public static AgentEvent.ReplySent reply(String agentId, String conversationId, String text) {
        return new AgentEvent.ReplySent(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), conversationId, text);
    }

    public static void close(String agentId, String conversationId, String disposition) {
        Records.send(new AgentEvent.ConversationClosed(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                agentId, Instant.now(), conversationId, disposition));
    }

    public static void transfer(String agentId, String conversationId, String toAgentId, String toSkill,
            String note) {
        Records.send(new AgentEvent.TransferRequested(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION,
                agentId, Instant.now(), conversationId, toAgentId, toSkill, note));
    }

    /** A message on any channel from a customer with the identity given. */
    public static InboundMessage inbound(Channel channel, String conversationKey, String providerMessageId,
            String text, String language, CustomerIdentity customer) {
        String provider = channel == Channel.EMAIL ? "smtp" : "webchat";
        return new InboundMessage(MessageIds.canonicalId(channel, provider, providerMessageId),
                InboundMessage.SCHEMA_VERSION, channel, provider, conversationKey, providerMessageId, customer,
                channel == Channel.EMAIL ? "Account question" : null, text, null, null, null, language, Instant.now(),
                Instant.now(), null, null);
    }
}
