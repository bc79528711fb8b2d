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
import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.email.EmailSettings;
import io.smallrye.common.annotation.Blocking;

@Path("/v1/email/mailgun")
public class MailgunResource {

    /** Room for Mailgun's own fields and the mail's headers, which it also posts one field each, beside attachments. */
    private static final int FIELDS = 200;

    private final MailgunSignature signature;
    private final MailgunInbound mailgun;
    private final InboundPublisher publisher;
    private final EmailSettings settings;

    public MailgunResource(MailgunSignature signature, MailgunInbound mailgun, InboundPublisher publisher,
            EmailSettings settings) {
        this.signature = signature;
        this.mailgun = mailgun;
        this.publisher = publisher;
        this.settings = settings;
    }

    /** A Mailgun route forwarding a message without attachments; 202 once Kafka has it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    @SignedByProvider
    public Accepted form(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return accept(FormData.urlEncoded(body), body, contentType);
    }

    /** A Mailgun route forwarding a message with attachments, or the whole MIME ({@code body-mime}). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    @SignedByProvider
    public Accepted multipart(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return accept(FormData.multipart(body, contentType, settings.limits().maxParts() + FIELDS), body, contentType);
    }

    /**
     * The same, for a route forwarding to a URL that ends in "mime", which is how Mailgun is told to post the whole
     * message as {@code body-mime}.
     */
    @POST
    @Path("mime")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    @SignedByProvider
    public Accepted mimeForm(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return form(body, contentType);
    }

    @POST
    @Path("mime")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    @SignedByProvider
    public Accepted mimeMultipart(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return multipart(body, contentType);
    }

    private Accepted accept(FormData form, byte[] body, String contentType) {
        signature.verify(form.text("timestamp"), form.text("token"), form.text("signature"));
        return publisher.publish(mailgun.read(form, body, contentType)).await().indefinitely();
    }
}
