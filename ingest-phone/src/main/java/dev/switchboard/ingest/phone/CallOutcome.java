package dev.switchboard.ingest.phone;

/**
 * How a call ended, from the contact centre's side. The order is the order of precedence when several records
 * describe one call (an Asterisk ring group writes one row per phone that rang): a call answered on any leg was
 * answered.
 */
public enum CallOutcome {
    /** The call has not ended yet (a ringing or queued event): acknowledged, never published. */
    IN_PROGRESS,
    FAILED,
    MISSED,
    BUSY,
    /** The caller hung up while waiting in a queue or the IVR. */
    ABANDONED,
    /** The caller asked to be called back (an IVR or contact-flow option). */
    CALLBACK_REQUESTED,
    VOICEMAIL,
    ANSWERED;

    public boolean ended() {
        return this != IN_PROGRESS;
    }

    public boolean reachedSomeone() {
        return this == ANSWERED;
    }
}
