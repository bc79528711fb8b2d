package dev.switchboard.ingest.chat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import io.smallrye.mutiny.Uni;

@Path("/v1/chat/messages")
public class WebChatResource {

    private final WebChatNormalizer normalizer;
    private final InboundPublisher publisher;

    public WebChatResource(WebChatNormalizer normalizer, InboundPublisher publisher) {
        this.normalizer = normalizer;
        this.publisher = publisher;
    }

    /** Accepts one visitor message; 202 once Kafka has it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> post(WebChatMessage message) {
        return publisher.publish(normalizer.normalize(message));
    }
}
