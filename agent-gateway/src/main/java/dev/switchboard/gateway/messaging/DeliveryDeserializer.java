package dev.switchboard.gateway.messaging;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.Delivery;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Reads {@link Delivery} records. A record that is not a delivery becomes {@code null} and is skipped: one bad
 * record must not stop every agent on this instance from receiving offers. Every instance reads every record, so
 * a dead-letter copy per instance would only multiply it; the router owns what it produced.
 */
public class DeliveryDeserializer extends ObjectMapperDeserializer<Delivery> {

    private static final Logger LOG = Logger.getLogger(DeliveryDeserializer.class);

    public DeliveryDeserializer() {
        super(Delivery.class);
    }

    @Override
    public Delivery deserialize(String topic, byte[] data) {
        try {
            return super.deserialize(topic, data);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warnf("Skipping a record on %s that is not a delivery (%d bytes): %s", topic,
                    data == null ? 0 : data.length, cause.getClass().getSimpleName());
            return null;
        }
    }
}
