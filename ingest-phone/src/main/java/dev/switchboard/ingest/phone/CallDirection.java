package dev.switchboard.ingest.phone;

/** Who called whom: on an inbound call the customer is the caller, on an outbound call the callee. */
public enum CallDirection {
    INBOUND, OUTBOUND
}
