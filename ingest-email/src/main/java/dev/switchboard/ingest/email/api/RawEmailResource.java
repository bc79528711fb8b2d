package dev.switchboard.ingest.email.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.common.annotation.Blocking;

@Path("/v1/email/raw")
public class RawEmailResource {

    public static final String RFC822 = "message/rfc822";

    private final EmailNormalizer normalizer;
    private final InboundPublisher publisher;

    public RawEmailResource(EmailNormalizer normalizer, InboundPublisher publisher) {
        this.normalizer = normalizer;
        this.publisher = publisher;
    }

    /**
     * Accepts one raw RFC 5322 message, as an MTA pipe or a connector sends it; 202 once Kafka has it. Malformed
     * mail is accepted and flagged, never refused.
     */
    @POST
    @Consumes(RFC822)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    public Accepted post(byte[] message) {
        if (message == null || message.length == 0) {
            throw ProblemException.badInput(null, "the body must be a raw RFC 5322 message");
        }
        // Parsing is CPU work on a worker thread; the worker then waits for Kafka's acknowledgement, which the
        // publisher bounds by its publish timeout (503 after it).
        return publisher.publish(normalizer.normalize(message, EmailNormalizer.RAW_PROVIDER)).await().indefinitely();
    }
}
