package dev.switchboard.router.support;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;

/** Canonical inbound messages shaped the way each ingest service makes them, conversation keys included. */
public final class Inbound {

    private Inbound() {
    }

    /** ingest-email: the key is the thread's root Message-ID, so every reply gets the key its first message got. */
    public static InboundMessage email(String rootMessageId, String messageId, String from, String subject,
            String text) {
        return message(Channel.EMAIL, "sendgrid", "email:" + rootMessageId, messageId,
                new CustomerIdentity(from, null, null, "Ana", null, null, null), subject, text, null, null);
    }

    /** ingest-social (Meta): social:whatsapp:<business account>:<customer wa_id>, phone and handle both known. */
    public static InboundMessage whatsApp(String account, String waId, String messageId, String text) {
        return message(Channel.SOCIAL, "whatsapp", "social:whatsapp:" + account + ":" + waId, messageId,
                new CustomerIdentity(null, "+" + waId, waId, "Ana", null, null, null), null, text, null, null);
    }

    /** ingest-chat (Twilio): sms:twilio:<customer E.164>:<our number>. */
    public static InboundMessage sms(String from, String to, String sid, String text) {
        return message(Channel.SMS, "twilio", "sms:twilio:" + from + ":" + to, sid,
                new CustomerIdentity(null, from, null, null, null, null, null), null, text, null, null);
    }

    /** ingest-chat (web chat): chat:webchat:<session id>; the provider message id is session/client id. */
    public static InboundMessage webChat(String sessionId, String visitorId, String clientMessageId, String text,
            String languageHint) {
        return message(Channel.CHAT, "webchat", "chat:webchat:" + sessionId, sessionId + "/" + clientMessageId,
                new CustomerIdentity(null, null, visitorId, "Lucía", null, "Europe/Madrid", null), null, text,
                languageHint, null);
    }

    public static InboundMessage message(Channel channel, String provider, String key, String providerMessageId,
            CustomerIdentity customer, String subject, String text, String languageHint, Set<MessageFlag> flags) {
        return message(channel, provider, key, providerMessageId, customer, subject, text, languageHint, flags,
                Map.of());
    }

    public static InboundMessage message(Channel channel, String provider, String key, String providerMessageId,
            CustomerIdentity customer, String subject, String text, String languageHint, Set<MessageFlag> flags,
            Map<String, String> metadata) {
        return new InboundMessage(MessageIds.canonicalId(channel, provider, providerMessageId),
                InboundMessage.SCHEMA_VERSION, channel, provider, key, providerMessageId, customer, subject, text,
                null, null, null, languageHint, Instant.now(), Instant.now(), flags, metadata);
    }
}
