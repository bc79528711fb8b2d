package dev.switchboard.ingest.email.api;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.Charsets;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.EmailSettings;
import dev.switchboard.ingest.email.EmailSource;
import dev.switchboard.ingest.email.ProblemLog;
import dev.switchboard.ingest.email.WebhookEmail;
import dev.switchboard.servicekit.ProblemException;

/**
 * A SendGrid Inbound Parse post. With "send raw" the {@code email} field is the whole message and takes the raw
 * path. Otherwise the fields are read as they are, nothing rebuilt: the {@code headers} block gives the header
 * fields (Message-ID, In-Reply-To and References for threading, Date, Auto-Submitted, ...), {@code from},
 * {@code to}, {@code cc} and {@code subject} stand in when it lacks them, {@code text} and {@code html} are the
 * bodies in the charsets {@code charsets} names, and {@code attachment1..N} with {@code attachment-info} the files.
 */
@ApplicationScoped
public class SendGridInbound {

    public static final String PROVIDER = "sendgrid";

    private static final Pattern ATTACHMENT = Pattern.compile("attachment\\d+");

    /** Room for SendGrid's own fields beside the attachments. */
    private static final int FIELDS = 50;

    private final EmailNormalizer normalizer;
    private final ObjectMapper mapper;
    private final EmailSettings settings;

    public SendGridInbound(EmailNormalizer normalizer, ObjectMapper mapper, EmailSettings settings) {
        this.normalizer = normalizer;
        this.mapper = mapper;
        this.settings = settings;
    }

    public InboundMessage read(byte[] body, String contentType) {
        FormData form = FormData.multipart(body, contentType, settings.limits().maxParts() + FIELDS);
        JsonNode charsets = JsonFields.object(mapper, form.bytes("charsets"), "charsets");
        JsonNode envelope = JsonFields.object(mapper, form.bytes("envelope"), "envelope");
        byte[] raw = form.bytes("email");
        if (raw != null && raw.length > 0) {
            return normalizer.normalize(raw, described(EmailSource.raw(PROVIDER, raw), form, envelope));
        }
        if (!form.has("headers") && !form.has("from")) {
            throw ProblemException.badInput("email",
                    "neither the raw message (email) nor the parsed fields (headers, from) were posted");
        }
        ProblemLog problems = new ProblemLog();
        WebhookEmail email = new WebhookEmail()
                .headerBlock(form.bytes("headers"), Charsets.lookup(charset(charsets, "subject")))
                .fallback("From", decoded(form, charsets, "from", problems))
                .fallback("To", decoded(form, charsets, "to", problems))
                .fallback("Cc", decoded(form, charsets, "cc", problems))
                .fallback("Subject", decoded(form, charsets, "subject", problems))
                .text(form.bytes("text"), charset(charsets, "text"))
                .html(form.bytes("html"), charset(charsets, "html"));
        attachments(form, email);
        problems.problems().forEach(email::problem);
        return normalizer.normalize(email, described(EmailSource.payload(PROVIDER, body, contentType), form, envelope));
    }

    private void attachments(FormData form, WebhookEmail email) {
        JsonNode info = JsonFields.object(mapper, form.bytes("attachment-info"), "attachment-info");
        int posted = 0;
        for (FormData.Part part : form.parts()) {
            if (!ATTACHMENT.matcher(part.name()).matches()) {
                continue;
            }
            JsonNode about = info.path(part.name());
            email.attachment(
                    JsonFields.firstNonBlank(JsonFields.text(about.path("filename")), part.fileName(),
                            JsonFields.text(about.path("name"))),
                    JsonFields.firstNonBlank(JsonFields.text(about.path("type")), part.mediaType()),
                    JsonFields.text(about.path("content-id")),
                    part.content());
            posted++;
        }
        String declared = form.text("attachments");
        if (declared != null && !declared.strip().equals(Integer.toString(posted))) {
            if (!declared.strip().matches("\\d{1,4}")) {
                throw ProblemException.badInput("attachments", "attachments must be the number of attachment files");
            }
            email.problem("attachments says " + declared.strip() + " but " + posted + " attachment files were posted");
        }
    }

    private static EmailSource described(EmailSource source, FormData form, JsonNode envelope) {
        return source
                .put("email.envelope.from", JsonFields.text(envelope.path("from")))
                .put("email.envelope.to", JsonFields.joined(envelope.path("to")))
                .put("sendgrid.spf", form.text("SPF"))
                .put("sendgrid.dkim", form.text("dkim"))
                .put("sendgrid.spamScore", form.text("spam_score"))
                .put("sendgrid.senderIp", form.text("sender_ip"));
    }

    private static String charset(JsonNode charsets, String field) {
        return JsonFields.text(charsets.path(field));
    }

    /** A header-like field in the charset SendGrid says it is in. */
    private static String decoded(FormData form, JsonNode charsets, String field, ProblemLog problems) {
        byte[] bytes = form.bytes(field);
        return bytes == null ? null : Charsets.decode(bytes, charset(charsets, field), false, problems).text();
    }
}
