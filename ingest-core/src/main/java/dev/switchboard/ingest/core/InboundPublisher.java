package dev.switchboard.ingest.core;

import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.ContractHeaders;
import dev.switchboard.contracts.Topics;
import dev.switchboard.servicekit.ProblemException;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes canonical messages to {@link Topics#INBOUND}, keyed by conversation key, and completes only when
 * the broker has acknowledged the record (acks=all, idempotent producer). A broker that does not answer in time
 * becomes a 503 with Retry-After: the connector retries, and the deterministic message id makes the retry harmless.
 */
@ApplicationScoped
public class InboundPublisher {

    private static final Logger LOG = Logger.getLogger(InboundPublisher.class);

    private final MutinyEmitter<InboundMessage> emitter;
    private final IngestSettings settings;
    private final IngestMetrics metrics;

    public InboundPublisher(
            @Channel(Topics.INBOUND) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
            MutinyEmitter<InboundMessage> emitter,
            IngestSettings settings,
            IngestMetrics metrics) {
        this.emitter = emitter;
        this.settings = settings;
        this.metrics = metrics;
    }

    /**
     * Publishes one message: the per-request path of every single-message endpoint, so it is one send, one timeout
     * and two callbacks (each Mutiny operator captures the request's context, which showed in profiles).
     */
    public Uni<Accepted> publish(InboundMessage message) {
        Timer.Sample sample = metrics.startPublish();
        return send(message)
                .ifNoItem().after(settings.publishTimeout()).failWith(TimeoutException::new)
                .onItem().invoke(() -> {
                    metrics.stopPublish(sample);
                    metrics.accepted(message.channel());
                })
                .onFailure().transform(this::unavailable);
    }

    /** Publishes every message; completes when all are acknowledged, fails with 503 if any is not. */
    public Uni<List<Accepted>> publishAll(List<InboundMessage> messages) {
        Timer.Sample sample = metrics.startPublish();
        List<Uni<Accepted>> sends = messages.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast()
                .ifNoItem().after(settings.publishTimeout()).failWith(TimeoutException::new)
                .onItem().invoke(all -> {
                    metrics.stopPublish(sample);
                    messages.forEach(m -> metrics.accepted(m.channel()));
                })
                .onFailure().transform(this::unavailable);
    }

    private Uni<Accepted> send(InboundMessage message) {
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(message.conversationKey())
                .withHeaders(ContractHeaders.of(message.id(), message, message.schemaVersion()))
                .build();
        return emitter.sendMessage(Message.of(message).addMetadata(key)).replaceWith(Accepted.of(message));
    }

    private ProblemException unavailable(Throwable cause) {
        LOG.warnf("Kafka did not acknowledge within %s: %s", settings.publishTimeout(), cause.toString());
        metrics.rejected("broker-unavailable");
        return ProblemException.unavailable("Kafka", settings.retryAfter());
    }
}
