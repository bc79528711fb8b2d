package dev.switchboard.ingest.email.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.EmailSource;
import dev.switchboard.ingest.email.WebhookEmail;
import dev.switchboard.servicekit.ProblemException;

/**
 * A Mailgun route's post, once its signature is verified. {@code body-mime} (a forward to a URL ending in "mime")
 * takes the raw path. Otherwise {@code message-headers} are the header fields, the single fields ({@code from},
 * {@code subject}, {@code Message-Id}, {@code In-Reply-To}, {@code References}, {@code To}, {@code Date}) stand in
 * when they lack one, {@code body-plain} and {@code body-html} are the bodies (Mailgun posts UTF-8), and
 * {@code attachment-1..N} the files. {@code stripped-text} is not used: the module's own quote splitter reads
 * {@code body-plain}, so a mail gets the same new text whichever provider carried it.
 */
@ApplicationScoped
public class MailgunInbound {

    public static final String PROVIDER = "mailgun";

    private static final Pattern ATTACHMENT = Pattern.compile("attachment-\\d+");

    private final EmailNormalizer normalizer;
    private final ObjectMapper mapper;

    public MailgunInbound(EmailNormalizer normalizer, ObjectMapper mapper) {
        this.normalizer = normalizer;
        this.mapper = mapper;
    }

    InboundMessage read(FormData form, byte[] body, String contentType) {
        byte[] raw = form.bytes("body-mime");
        if (raw != null && raw.length > 0) {
            return normalizer.normalize(raw, described(EmailSource.raw(PROVIDER, raw), form));
        }
        if (!form.has("from") && !form.has("message-headers")) {
            throw ProblemException.badInput("body-mime",
                    "neither the MIME message (body-mime) nor the parsed fields (message-headers, from) were posted");
        }
        WebhookEmail email = new WebhookEmail();
        for (JsonNode pair : JsonFields.array(mapper, form.bytes("message-headers"), "message-headers")) {
            if (!pair.isArray() || pair.size() != 2) {
                throw ProblemException.badInput("message-headers", "message-headers must be a list of [name, value] pairs");
            }
            email.header(JsonFields.text(pair.get(0)), JsonFields.text(pair.get(1)));
        }
        for (String field : new String[] { "From", "To", "Cc", "Subject", "Date", "Message-Id", "In-Reply-To", "References" }) {
            email.fallback(field, JsonFields.firstNonBlank(form.text(field), form.text(field.toLowerCase(Locale.ROOT))));
        }
        email.text(form.text("body-plain")).html(form.text("body-html"));
        attachments(form, email);
        return normalizer.normalize(email, described(EmailSource.payload(PROVIDER, body, contentType), form));
    }

    private void attachments(FormData form, WebhookEmail email) {
        // content-id-map maps each inline file's Content-ID to its field name.
        Map<String, String> contentIds = new HashMap<>();
        JsonFields.object(mapper, form.bytes("content-id-map"), "content-id-map").fields()
                .forEachRemaining(e -> contentIds.put(JsonFields.text(e.getValue()), e.getKey()));
        int posted = 0;
        for (FormData.Part part : form.parts()) {
            if (!ATTACHMENT.matcher(part.name()).matches()) {
                continue;
            }
            email.attachment(part.fileName(), part.mediaType(), contentIds.get(part.name()), part.content());
            posted++;
        }
        String declared = form.text("attachment-count");
        if (declared != null && !declared.strip().equals(Integer.toString(posted))) {
            if (!declared.strip().matches("\\d{1,4}")) {
                throw ProblemException.badInput("attachment-count", "attachment-count must be a number");
            }
            email.problem("attachment-count says " + declared.strip() + " but " + posted + " attachment files were posted");
        }
    }

    private static EmailSource described(EmailSource source, FormData form) {
        return source
                .put("email.envelope.from", form.text("sender"))
                .put("email.envelope.to", form.text("recipient"))
                .put("mailgun.messageUrl", form.text("message-url"));
    }
}
