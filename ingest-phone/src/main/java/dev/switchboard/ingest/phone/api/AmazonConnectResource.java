package dev.switchboard.ingest.phone.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.phone.CallIngest;
import io.smallrye.mutiny.Uni;

@Path("/v1/phone/amazon-connect/events")
public class AmazonConnectResource {

    private final CallIngest ingest;

    public AmazonConnectResource(CallIngest ingest) {
        this.ingest = ingest;
    }

    /**
     * A contact-flow event or an EventBridge contact event for a voice contact; 202 once Kafka has it. Events of
     * a contact that has not ended are acknowledged with status {@code in-progress} and not published.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> post(JsonNode event) {
        return ingest.ingest(AmazonConnectEvents.read(event));
    }
}
