package dev.switchboard.ingest.email.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Postmark's inbound webhook JSON, the fields that matter here; the whole payload is kept as the raw reference. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PostmarkPayload(
        @JsonProperty("From") String from,
        @JsonProperty("FromName") String fromName,
        @JsonProperty("FromFull") Mailbox fromFull,
        @JsonProperty("To") String to,
        @JsonProperty("ToFull") List<Mailbox> toFull,
        @JsonProperty("Cc") String cc,
        @JsonProperty("CcFull") List<Mailbox> ccFull,
        @JsonProperty("ReplyTo") String replyTo,
        @JsonProperty("OriginalRecipient") String originalRecipient,
        @JsonProperty("Subject") String subject,
        @JsonProperty("MessageID") String messageId,
        @JsonProperty("Date") String date,
        @JsonProperty("MailboxHash") String mailboxHash,
        @JsonProperty("Tag") String tag,
        @JsonProperty("MessageStream") String messageStream,
        @JsonProperty("TextBody") String textBody,
        @JsonProperty("HtmlBody") String htmlBody,
        @JsonProperty("Headers") List<Header> headers,
        @JsonProperty("Attachments") List<Attachment> attachments,
        @JsonProperty("RawEmail") String rawEmail) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mailbox(@JsonProperty("Email") String email, @JsonProperty("Name") String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Header(@JsonProperty("Name") String name, @JsonProperty("Value") String value) {
    }

    /** Postmark sends the bytes in {@code Content}; some older samples call it {@code Data}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(
            @JsonProperty("Name") String name,
            @JsonProperty("ContentType") String contentType,
            @JsonProperty("ContentID") String contentId,
            @JsonProperty("ContentLength") Long contentLength,
            @JsonProperty("Content") String content,
            @JsonProperty("Data") String data) {
    }
}
