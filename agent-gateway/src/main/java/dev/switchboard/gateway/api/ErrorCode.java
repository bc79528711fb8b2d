package dev.switchboard.gateway.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** The stable {@code code} of an {@code error} frame; desks switch on it, so a code never changes meaning. */
public enum ErrorCode {

    /** The frame is not a JSON object. */
    MALFORMED_FRAME("malformed-frame"),
    /** The frame has no {@code type}, or one the gateway does not know. */
    UNKNOWN_TYPE("unknown-type"),
    /** The frame names a {@code schemaVersion} this gateway does not speak. */
    UNSUPPORTED_VERSION("unsupported-version"),
    /** A field is missing, empty or has a value it cannot have; the message names the field. */
    INVALID_FIELD("invalid-field"),
    /**
     * The action is about an offer or conversation not offered or assigned to the agent as far as this socket's
     * deliveries tell (accept and decline need the offer, reply, close and transfer the assigned conversation).
     */
    NOT_YOURS("not-yours"),
    /**
     * The agent's pending offers and conversations could not be fetched from the router when the socket opened;
     * live deliveries still come. Reconnecting later tries again.
     */
    RESUME_UNAVAILABLE("resume-unavailable"),
    /** The action could not be recorded just now; the desk may send it again. */
    UNAVAILABLE("unavailable");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
