package dev.switchboard.ingest.phone.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.core.TwilioWebhooks;
import dev.switchboard.ingest.phone.CallIngest;
import io.smallrye.mutiny.Uni;

@Path("/v1/phone/twilio/voice")
@SignedByProvider
public class TwilioVoiceResource {

    private final CallIngest ingest;
    private final TwilioWebhooks twilio;

    public TwilioVoiceResource(CallIngest ingest, TwilioWebhooks twilio) {
        this.ingest = ingest;
        this.twilio = twilio;
    }

    /**
     * Twilio's voice status callback, signed with {@code X-Twilio-Signature}; a bad signature is 401 and nothing
     * is published. Events of a call that has not ended (ringing, in-progress) are acknowledged and dropped.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> callback(MultivaluedMap<String, String> form, @Context UriInfo uri,
            @HeaderParam(TwilioWebhooks.SIGNATURE_HEADER) String signature) {
        twilio.verify(uri, form, signature);
        return ingest.ingest(TwilioVoiceCallbacks.read(form));
    }
}
