package dev.switchboard.ingest.chat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import io.smallrye.mutiny.Uni;

@Path("/v1/chat/webex/messages")
public class WebexResource {

    private final WebexNormalizer normalizer;
    private final InboundPublisher publisher;

    public WebexResource(WebexNormalizer normalizer, InboundPublisher publisher) {
        this.normalizer = normalizer;
        this.publisher = publisher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> post(JsonNode message) {
        return publisher.publish(normalizer.normalize(message));
    }
}
