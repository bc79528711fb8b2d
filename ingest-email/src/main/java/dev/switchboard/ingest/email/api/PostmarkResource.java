package dev.switchboard.ingest.email.api;

import java.io.IOException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.common.annotation.Blocking;

@Path("/v1/email/postmark")
public class PostmarkResource {

    private final PostmarkInbound postmark;
    private final InboundPublisher publisher;

    public PostmarkResource(PostmarkInbound postmark, InboundPublisher publisher) {
        this.postmark = postmark;
        this.publisher = publisher;
    }

    /**
     * Postmark's inbound webhook; 202 once Kafka has the message. Postmark signs nothing and sends no custom
     * headers, so the connector key may come as the Basic password in the webhook URL.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    public Accepted post(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            throw ProblemException.badInput(null, "the body must be a Postmark inbound JSON object");
        }
        return publisher.publish(postmark.read(body)).await().indefinitely();
    }
}
