package dev.switchboard.contracts;

/** What kind of inbound message this is, beyond its channel; routing treats flagged messages differently. */
public enum MessageFlag {
    AUTO_REPLY, BOUNCE, READ_RECEIPT, VOICEMAIL, MISSED_CALL, ABANDONED_CALL, CALLBACK_REQUESTED,
    ANSWERED_CALL, PUBLIC_POST, FORWARDED, STATUS_UPDATE, MALFORMED
}
