package dev.switchboard.ingest.phone.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.phone.CallIngest;
import io.smallrye.mutiny.Uni;

@Path("/v1/phone/calls")
public class GenericCallResource {

    private final CallIngest ingest;

    public GenericCallResource(CallIngest ingest) {
        this.ingest = ingest;
    }

    /** Accepts one finished call; 202 once Kafka has it (or, for an answered call not published, at once). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> post(GenericCall call) {
        return ingest.ingest(GenericCalls.read(call));
    }
}
