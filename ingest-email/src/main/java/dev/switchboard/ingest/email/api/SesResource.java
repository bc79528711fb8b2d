package dev.switchboard.ingest.email.api;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.core.InboundPublisher;
import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.common.annotation.Blocking;

@Path("/v1/email/ses")
public class SesResource {

    private final ObjectMapper mapper;
    private final SnsSignatureVerifier verifier;
    private final SnsSubscriptionConfirmer confirmer;
    private final SesInbound ses;
    private final InboundPublisher publisher;

    public SesResource(ObjectMapper mapper, SnsSignatureVerifier verifier, SnsSubscriptionConfirmer confirmer,
            SesInbound ses, InboundPublisher publisher) {
        this.mapper = mapper;
        this.verifier = verifier;
        this.confirmer = confirmer;
        this.ses = ses;
        this.publisher = publisher;
    }

    /**
     * Amazon SES receipt notifications through an SNS HTTPS subscription (SNS posts JSON as text/plain). Every
     * message is verified first; a subscription confirmation is confirmed (200), a received mail is published (202
     * once Kafka has it), anything else is acknowledged (200) and dropped.
     */
    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @SignedByProvider
    public Response post(byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            throw ProblemException.badInput(null, "the body must be an SNS message");
        }
        SnsMessage sns = mapper.readValue(body, SnsMessage.class);
        if (sns == null) {
            throw ProblemException.badInput(null, "the body must be an SNS message");
        }
        sns.requireSignedFields();
        verifier.verify(sns);
        if (sns.isSubscriptionConfirmation()) {
            URI subscribe = SnsHosts.snsUrl(sns.subscribeUrl());
            if (subscribe == null) {
                throw ProblemException.badInput("SubscribeURL", "SubscribeURL must be an https URL on an SNS host");
            }
            confirmer.confirm(subscribe);
            return status(200, "subscription-confirmed");
        }
        InboundMessage message = sns.isNotification() ? ses.read(sns) : null;
        if (message == null) {
            return status(200, "ignored");
        }
        return Response.accepted(publisher.publish(message).await().indefinitely()).build();
    }

    private static Response status(int status, String text) {
        return Response.status(status).entity(Map.of("status", text)).build();
    }
}
