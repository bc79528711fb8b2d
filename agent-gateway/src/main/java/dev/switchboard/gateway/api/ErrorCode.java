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
    /** The action is about a conversation or offer that is not the agent's (enforced with issue 8). */
    NOT_YOURS("not-yours"),
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
