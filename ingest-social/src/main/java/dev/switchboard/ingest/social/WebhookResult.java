package dev.switchboard.ingest.social;

import java.util.List;

/**
 * The 200 answer to a webhook: each item published (with the message id and conversation it became) and each item
 * acknowledged without publishing, with the reason. Providers only look at the status; this is for people.
 */
public record WebhookResult(List<AcceptedItem> accepted, List<SkippedItem> skipped) {

    public record AcceptedItem(String item, String id, String conversationKey, String status) {
    }

    public record SkippedItem(String item, String reason) {
    }
}
