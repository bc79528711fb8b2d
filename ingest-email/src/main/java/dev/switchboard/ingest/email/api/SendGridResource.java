package dev.switchboard.ingest.email.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import dev.switchboard.ingest.core.Accepted;
import dev.switchboard.ingest.core.InboundPublisher;
import io.smallrye.common.annotation.Blocking;

@Path("/v1/email/sendgrid")
public class SendGridResource {

    private final SendGridInbound sendGrid;
    private final InboundPublisher publisher;

    public SendGridResource(SendGridInbound sendGrid, InboundPublisher publisher) {
        this.sendGrid = sendGrid;
        this.publisher = publisher;
    }

    /**
     * SendGrid Inbound Parse, parsed or raw; 202 once Kafka has the message. SendGrid cannot add headers, so the
     * connector key may come as the Basic password in the webhook URL.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    public Accepted post(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        // Reading the form and the mail is CPU work on this worker thread, which then waits for Kafka's
        // acknowledgement; the publisher bounds that wait (503 after it).
        return publisher.publish(sendGrid.read(body, contentType)).await().indefinitely();
    }
}
