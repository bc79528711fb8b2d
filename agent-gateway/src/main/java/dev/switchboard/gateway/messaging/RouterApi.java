package dev.switchboard.gateway.messaging;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** The part of the router's API the gateway calls. */
@Path("/v1/agents")
public interface RouterApi {

    /** The agent's open offers and held conversations, as deliveries with the ids they had on the topic. */
    @GET
    @Path("/{agentId}/work")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<PendingWork> work(@PathParam("agentId") String agentId, @HeaderParam("Authorization") String authorization);
}
