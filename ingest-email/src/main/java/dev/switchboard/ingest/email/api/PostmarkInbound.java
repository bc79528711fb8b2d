package dev.switchboard.ingest.email.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.james.mime4j.codec.Base64InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.EmailSource;
import dev.switchboard.ingest.email.ProblemLog;
import dev.switchboard.ingest.email.WebhookEmail;
import dev.switchboard.servicekit.ProblemException;

/**
 * A Postmark inbound webhook. {@code RawEmail} (the "include raw email" option) takes the raw path. Otherwise
 * {@code Headers} are the header fields, {@code FromFull}, {@code ToFull}, {@code CcFull}, {@code Subject},
 * {@code Date} and {@code ReplyTo} stand in for the ones Postmark lifts out of them, and {@code TextBody},
 * {@code HtmlBody} and {@code Attachments} are the content. {@code StrippedTextReply} is not used: the module's
 * own quote splitter reads {@code TextBody}, so a mail gets the same new text whichever provider carried it.
 */
@ApplicationScoped
public class PostmarkInbound {

    public static final String PROVIDER = "postmark";

    private final EmailNormalizer normalizer;
    private final ObjectMapper mapper;

    public PostmarkInbound(EmailNormalizer normalizer, ObjectMapper mapper) {
        this.normalizer = normalizer;
        this.mapper = mapper;
    }

    public InboundMessage read(byte[] body) throws IOException {
        PostmarkPayload payload = mapper.readValue(body, PostmarkPayload.class);
        if (payload == null) {
            throw ProblemException.badInput(null, "the body must be a Postmark inbound JSON object");
        }
        if (payload.rawEmail() != null && !payload.rawEmail().isBlank()) {
            byte[] raw = payload.rawEmail().getBytes(StandardCharsets.UTF_8);
            return normalizer.normalize(raw, described(EmailSource.raw(PROVIDER, raw), payload));
        }
        String from = payload.fromFull() != null && payload.fromFull().email() != null
                ? WebhookEmail.mailbox(payload.fromFull().name(), payload.fromFull().email())
                : WebhookEmail.mailbox(payload.fromName(), payload.from());
        if (from == null) {
            throw ProblemException.badInput("FromFull", "FromFull (or From) must give the sender's address");
        }
        WebhookEmail email = new WebhookEmail();
        if (payload.headers() != null) {
            payload.headers().stream().filter(Objects::nonNull).forEach(h -> email.header(h.name(), h.value()));
        }
        email.fallback("From", from)
                .fallback("To", mailboxes(payload.toFull(), payload.to()))
                .fallback("Cc", mailboxes(payload.ccFull(), payload.cc()))
                .fallback("Reply-To", payload.replyTo())
                .fallback("Subject", payload.subject())
                .fallback("Date", payload.date())
                .text(payload.textBody())
                .html(payload.htmlBody());
        attachments(payload.attachments(), email);
        return normalizer.normalize(email,
                described(EmailSource.payload(PROVIDER, body, "application/json"), payload));
    }

    private static void attachments(List<PostmarkPayload.Attachment> attachments, WebhookEmail email) {
        if (attachments == null) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            PostmarkPayload.Attachment attachment = attachments.get(i);
            String label = "Attachments[" + i + "]" + (attachment == null || attachment.name() == null ? ""
                    : " (" + attachment.name() + ")");
            String base64 = attachment == null ? null : JsonFields.firstNonBlank(attachment.content(), attachment.data());
            if (base64 == null) {
                email.problem(label + " has no content");
                continue;
            }
            ProblemLog problems = new ProblemLog();
            byte[] content = lenientBase64(base64, problems);
            problems.problems().forEach(p -> email.problem(label + ": " + p));
            if (attachment.contentLength() != null && attachment.contentLength() != content.length) {
                email.problem(label + " is " + content.length + " bytes; ContentLength says " + attachment.contentLength());
            }
            email.attachment(attachment.name(), attachment.contentType(), attachment.contentId(), content);
        }
    }

    /** Invalid base64 is tolerated the way the MIME path tolerates it: mime4j skips what it cannot read, and says so. */
    private static byte[] lenientBase64(String base64, ProblemLog problems) {
        try (Base64InputStream in = new Base64InputStream(
                new ByteArrayInputStream(base64.getBytes(StandardCharsets.ISO_8859_1)), problems)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mailboxes(List<PostmarkPayload.Mailbox> full, String plain) {
        if (full == null || full.isEmpty()) {
            return plain;
        }
        List<String> all = full.stream().filter(Objects::nonNull).map(m -> WebhookEmail.mailbox(m.name(), m.email()))
                .filter(Objects::nonNull).toList();
        return all.isEmpty() ? plain : String.join(", ", all);
    }

    private static EmailSource described(EmailSource source, PostmarkPayload payload) {
        return source.providerId(payload.messageId())
                .put("postmark.messageId", payload.messageId())
                .put("postmark.mailboxHash", payload.mailboxHash())
                .put("postmark.tag", payload.tag())
                .put("postmark.messageStream", payload.messageStream())
                .put("email.envelope.to", payload.originalRecipient());
    }
}
