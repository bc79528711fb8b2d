package dev.switchboard.ingest.phone.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.phone.CallIngest;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

@Path("/v1/phone/freeswitch/cdr")
public class FreeSwitchCdrResource {

    private final CallIngest ingest;
    private final ObjectMapper json;

    public FreeSwitchCdrResource(CallIngest ingest, ObjectMapper json) {
        this.ingest = ingest;
        this.json = json;
    }

    /** One JSON CDR as mod_json_cdr posts it with {@code encode=false}; 202 once Kafka has it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> post(JsonNode cdr) {
        return ingest.ingest(FreeSwitchCdrs.read(cdr));
    }

    /** The same CDR as mod_json_cdr posts it by default ({@code encode=true}): a form field {@code cdr}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> postForm(@FormParam("cdr") String cdr) throws JsonProcessingException {
        if (cdr == null || cdr.isBlank()) {
            throw ProblemException.badInput("cdr", "the form field cdr must hold the JSON CDR");
        }
        return ingest.ingest(FreeSwitchCdrs.read(json.readTree(cdr)));
    }
}
