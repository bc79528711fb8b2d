package dev.switchboard.bench.bare;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.smallrye.mutiny.Uni;

/**
 * What ingest-chat's POST costs before Kafka: read and bind the same JSON body, answer 202 with a small JSON body.
 * It returns a {@link Uni} like ingest-chat's resource, so both run on the event loop.
 */
@Path("/bare")
public class BareChatResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Answer> post(ChatBody body) {
        return Uni.createFrom().item(new Answer(body.sessionId() + "/" + body.clientMessageId(), "chat:webchat:"
                + body.sessionId(), "accepted"));
    }

    /** The same shape as ingest-chat's answer. */
    public record Answer(String id, String conversationKey, String status) {
    }
}
