package dev.switchboard.ingest.chat;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.core.TwilioWebhooks;
import io.smallrye.mutiny.Uni;

/**
 * Twilio's inbound messaging webhook. Twilio itself posts a signed form and gets an empty TwiML answer;
 * a connector relaying Twilio's fields as JSON authenticates with its API key instead.
 */
@Path("/v1/chat/twilio/sms")
public class TwilioSmsResource {

    static final String MESSAGE_ID_HEADER = "X-Switchboard-Message-Id";
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final TwilioSmsNormalizer normalizer;
    private final InboundPublisher publisher;
    private final TwilioWebhooks twilio;

    public TwilioSmsResource(TwilioSmsNormalizer normalizer, InboundPublisher publisher, TwilioWebhooks twilio) {
        this.normalizer = normalizer;
        this.publisher = publisher;
        this.twilio = twilio;
    }

    @POST
    @SignedByProvider
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public Uni<Response> fromTwilio(MultivaluedMap<String, String> form, @Context UriInfo uri,
            @HeaderParam(TwilioWebhooks.SIGNATURE_HEADER) String signature) {
        twilio.verify(uri, form, signature);
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        return publisher.publish(normalizer.normalize(fields))
                .map(accepted -> Response.ok(EMPTY_TWIML).header(MESSAGE_ID_HEADER, accepted.id()).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    public Uni<Accepted> relayed(Map<String, Object> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> text.put(name, value == null ? null : value.toString()));
        return publisher.publish(normalizer.normalize(text));
    }
}
