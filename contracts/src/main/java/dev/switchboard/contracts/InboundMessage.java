package dev.switchboard.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Published by every ingest service to {@link Topics#INBOUND}, keyed by {@link #conversationKey()}. */
@JsonClassDescription("One message from a customer, on any channel, in the one shape every ingest service publishes.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InboundMessage(
        @JsonPropertyDescription("Deterministic for (channel, provider, providerMessageId): a re-posted "
                + "message gets the id it had the first time.")
        String id,
        @JsonPropertyDescription("Version of this record's shape; bumped only by a breaking change.")
        int schemaVersion,
        @JsonPropertyDescription("The kind of channel the customer wrote on.")
        Channel channel,
        @JsonPropertyDescription("The service that carried the message: webchat, twilio, sendgrid, whatsapp, "
                + "asterisk, ...")
        String provider,
        @JsonPropertyDescription("The thread this message belongs to as the channel sees it "
                + "(chat:webchat:session-1); also the Kafka record key.")
        String conversationKey,
        @JsonPropertyDescription("The provider's own id for the message; with channel and provider, what "
                + "consumers dedupe on.")
        String providerMessageId,
        @JsonPropertyDescription("Who wrote, as the channel knows them.")
        CustomerIdentity customer,
        @JsonPropertyDescription("Subject line, when the channel has one (email).")
        String subject,
        @JsonPropertyDescription("What the customer just wrote, plain text in Unicode NFC, without quoted "
                + "history or signature.")
        String text,
        @JsonPropertyDescription("Quoted history and signature separated from text, Unicode NFC.")
        String quotedText,
        @JsonPropertyDescription("The HTML body, when the channel sent one.")
        String html,
        @JsonPropertyDescription("Files the customer sent; the bytes are stored elsewhere, never on Kafka.")
        List<Attachment> attachments,
        @JsonPropertyDescription("BCP 47 language tag the channel stated explicitly, if any.")
        String languageHint,
        @JsonPropertyDescription("When the customer sent the message, as the provider reports it (UTC).")
        Instant sentAt,
        @JsonPropertyDescription("When ingest accepted the message (UTC).")
        Instant receivedAt,
        @JsonPropertyDescription("What kind of message this is beyond its channel; routing treats flagged "
                + "messages differently.")
        Set<MessageFlag> flags,
        @JsonPropertyDescription("Provider specifics that matter and fit no field. Bounded by ingest: long "
                + "values are cut and marked, entries past the limit are counted in "
                + "metadata.dropped.")
        Map<String, String> metadata) {

    public static final int SCHEMA_VERSION = 1;

    public InboundMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public boolean hasFlag(MessageFlag flag) {
        return flags.contains(flag);
    }
}
