package dev.switchboard.router.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.KafkaBroker;

/** Publishes records to the router's topics as ingest and the agent gateway would, waiting for the broker's ack. */
public final class Records {

    private static KafkaProducer<String, String> producer;

    private Records() {
    }

    public static InboundMessage chat(String conversationKey, String providerMessageId, String text,
            String languageHint) {
        return new InboundMessage(MessageIds.canonicalId(Channel.CHAT, "webchat", providerMessageId),
                InboundMessage.SCHEMA_VERSION, Channel.CHAT, "webchat", conversationKey, providerMessageId,
                CustomerIdentity.ofHandle("visitor-" + conversationKey, "Lucía"), null, text, null, null, null,
                languageHint, Instant.now(), Instant.now(), null, null);
    }

    public static void send(InboundMessage message) {
        send(Topics.INBOUND, message.conversationKey(), json(message));
    }

    public static void presence(String agentId, Presence presence) {
        send(new AgentEvent.PresenceChanged(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), presence));
    }

    public static void accept(String agentId, String offerId, String conversationId) {
        send(new AgentEvent.OfferAccepted(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), offerId, conversationId));
    }

    public static void decline(String agentId, String offerId, String conversationId) {
        send(new AgentEvent.OfferDeclined(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), offerId, conversationId, "busy"));
    }

    public static void close(String agentId, String conversationId) {
        send(new AgentEvent.ConversationClosed(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), conversationId, "resolved"));
    }

    public static void send(AgentEvent event) {
        try {
            send(Topics.AGENT_EVENTS, event.agentId(), ContractJson.mapper().writerFor(AgentEvent.class)
                    .writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any value, including ones that are not JSON at all. */
    public static synchronized void send(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker refused a test record", e.getCause());
        }
    }

    public static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
