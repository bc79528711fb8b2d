package dev.switchboard.ingest.phone.api;

import java.util.List;

/**
 * The answer to a batch upload: every good row with the message it became (rows of one call share it) and every
 * bad row with its line number and what is wrong with it.
 */
public record BatchResult(List<AcceptedRow> accepted, List<RejectedRow> rejected) {

    public record AcceptedRow(long line, String id, String conversationKey, String status) {
    }

    public record RejectedRow(long line, String reason) {
    }
}
