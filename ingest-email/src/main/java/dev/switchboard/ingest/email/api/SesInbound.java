package dev.switchboard.ingest.email.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.EmailSource;
import dev.switchboard.ingest.email.WebhookEmail;
import dev.switchboard.servicekit.ProblemException;

/**
 * An Amazon SES receipt notification carried by a verified SNS notification. With the SNS action SES includes the
 * raw message in {@code content} (UTF8 or BASE64 encoding), which takes the raw path. With the S3 or Lambda action
 * it does not: the message is published from {@code mail.headers} and {@code mail.commonHeaders} alone, without
 * text, marked {@code email.contentNotIncluded} and with where S3 holds the mail.
 */
@ApplicationScoped
public class SesInbound {

    public static final String PROVIDER = "amazon-ses";

    private final EmailNormalizer normalizer;
    private final ObjectMapper mapper;

    public SesInbound(EmailNormalizer normalizer, ObjectMapper mapper) {
        this.normalizer = normalizer;
        this.mapper = mapper;
    }

    /** The message, or null when the notification is not about received mail (SES sending events). */
    InboundMessage read(SnsMessage sns) {
        JsonNode notification = notification(sns.message());
        if (!"Received".equals(JsonFields.text(notification.path("notificationType")))) {
            return null;
        }
        JsonNode mail = notification.path("mail");
        JsonNode receipt = notification.path("receipt");
        String content = JsonFields.text(notification.path("content"));
        if (content != null && !content.isEmpty()) {
            byte[] raw = decode(content, JsonFields.text(receipt.path("action").path("encoding")));
            return normalizer.normalize(raw, described(EmailSource.raw(PROVIDER, raw), sns, mail, receipt));
        }
        WebhookEmail email = new WebhookEmail();
        mail.path("headers").forEach(h -> email.header(JsonFields.text(h.path("name")), JsonFields.text(h.path("value"))));
        JsonNode common = mail.path("commonHeaders");
        email.fallback("From", JsonFields.joined(common.path("from")))
                .fallback("To", JsonFields.joined(common.path("to")))
                .fallback("Cc", JsonFields.joined(common.path("cc")))
                .fallback("Reply-To", JsonFields.joined(common.path("replyTo")))
                .fallback("Subject", JsonFields.text(common.path("subject")))
                .fallback("Date", JsonFields.text(common.path("date")))
                .fallback("Message-ID", JsonFields.text(common.path("messageId")));
        byte[] payload = sns.message().getBytes(StandardCharsets.UTF_8);
        EmailSource source = described(EmailSource.payload(PROVIDER, payload, "application/json"), sns, mail, receipt)
                .put("email.contentNotIncluded", "true")
                .put("email.headersTruncated", mail.path("headersTruncated").asBoolean() ? "true" : null);
        return normalizer.normalize(email, source);
    }

    private JsonNode notification(String message) {
        try {
            JsonNode node = mapper.readTree(message);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // Reported below, naming the field.
        }
        throw ProblemException.badInput("Message", "Message must be an SES notification (a JSON object)");
    }

    private static byte[] decode(String content, String encoding) {
        if (encoding != null && encoding.toUpperCase(Locale.ROOT).equals("BASE64")) {
            try {
                return Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badInput("Message.content", "content is not valid base64");
            }
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static EmailSource described(EmailSource source, SnsMessage sns, JsonNode mail, JsonNode receipt) {
        JsonNode action = receipt.path("action");
        return source.providerId(JsonFields.text(mail.path("messageId")))
                .put("sns.messageId", sns.messageId())
                .put("sns.topicArn", sns.topicArn())
                .put("ses.messageId", JsonFields.text(mail.path("messageId")))
                .put("ses.action", JsonFields.text(action.path("type")))
                .put("ses.s3.bucket", JsonFields.text(action.path("bucketName")))
                .put("ses.s3.objectKey", JsonFields.text(action.path("objectKey")))
                .put("ses.spamVerdict", JsonFields.text(receipt.path("spamVerdict").path("status")))
                .put("ses.virusVerdict", JsonFields.text(receipt.path("virusVerdict").path("status")))
                .put("ses.spfVerdict", JsonFields.text(receipt.path("spfVerdict").path("status")))
                .put("ses.dkimVerdict", JsonFields.text(receipt.path("dkimVerdict").path("status")))
                .put("ses.dmarcVerdict", JsonFields.text(receipt.path("dmarcVerdict").path("status")))
                .put("email.envelope.from", JsonFields.text(mail.path("source")))
                .put("email.envelope.to", JsonFields.joined(receipt.path("recipients")));
    }
}
