package dev.switchboard.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One message from a customer, on any channel, as every ingest service publishes it to {@link Topics#INBOUND}.
 *
 * @param id                deterministic for (channel, provider, providerMessageId): a re-post gets the same id
 * @param conversationKey   the thread this message belongs to, as the channel sees it ("chat:webchat:session-1");
 *                          also the record key
 * @param providerMessageId the provider's own id, the key the router dedupes on with channel and provider
 * @param text              what the customer just wrote, Unicode NFC, without quoted history
 * @param quotedText        quoted history and signatures separated from {@code text}
 * @param languageHint      BCP 47 tag the channel stated explicitly, if any
 * @param metadata          provider specifics that matter and did not fit a field (bounded in size by ingest)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InboundMessage(
        String id,
        int schemaVersion,
        Channel channel,
        String provider,
        String conversationKey,
        String providerMessageId,
        CustomerIdentity customer,
        String subject,
        String text,
        String quotedText,
        String html,
        List<Attachment> attachments,
        String languageHint,
        Instant sentAt,
        Instant receivedAt,
        Set<MessageFlag> flags,
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
