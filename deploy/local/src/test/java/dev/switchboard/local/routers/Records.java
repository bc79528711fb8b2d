package dev.switchboard.local.routers;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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

/**
 * Publishes what ingest and the agent gateway would: inbound messages keyed by conversation key, agent events keyed
 * by agent id, with the same producer settings (acks=all, idempotent). Thread-safe, as the Kafka producer is.
 */
public final class Records implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public Records(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new StringSerializer());
    }

    /** A customer's message as ingest makes it; the provider message id is unique within the run. */
    public static InboundMessage inbound(Channel channel, String conversationKey, String providerMessageId,
            String customerHandle, String text, String language) {
        String provider = "load";
        return new InboundMessage(MessageIds.canonicalId(channel, provider, providerMessageId),
                InboundMessage.SCHEMA_VERSION, channel, provider, conversationKey, providerMessageId,
                CustomerIdentity.ofHandle(customerHandle, "Customer " + customerHandle), null, text, null, null, null,
                language, Instant.now(), Instant.now(), null, null);
    }

    public void send(InboundMessage message) {
        send(Topics.INBOUND, message.conversationKey(), json(message));
    }

    public void presence(String agentId, Presence presence) {
        send(new AgentEvent.PresenceChanged(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), presence));
    }

    public void accept(String agentId, String offerId, String conversationId) {
        send(new AgentEvent.OfferAccepted(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), offerId, conversationId));
    }

    public void decline(String agentId, String offerId, String conversationId) {
        send(new AgentEvent.OfferDeclined(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), offerId, conversationId, "busy"));
    }

    public void close(String agentId, String conversationId) {
        send(new AgentEvent.ConversationClosed(UUID.randomUUID().toString(), AgentEvent.SCHEMA_VERSION, agentId,
                Instant.now(), conversationId, "resolved"));
    }

    /** Waits until the broker has acknowledged everything sent so far. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private void send(AgentEvent event) {
        try {
            send(Topics.AGENT_EVENTS, event.agentId(),
                    ContractJson.mapper().writerFor(AgentEvent.class).writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(String topic, String key, String value) {
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, failure) -> {
            if (failure != null) {
                throw new IllegalStateException("the broker refused a record for " + topic, failure);
            }
        });
    }

    private static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
