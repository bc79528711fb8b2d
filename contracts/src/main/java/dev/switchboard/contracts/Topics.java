package dev.switchboard.contracts;

/** Kafka topic names. Record keys: see each constant. */
public final class Topics {

    /** Canonical inbound messages ({@link InboundMessage}), keyed by conversation key so a thread stays ordered. */
    public static final String INBOUND = "switchboard.inbound";

    /** What agents do ({@link AgentEvent}), keyed by agent id. */
    public static final String AGENT_EVENTS = "switchboard.agent-events";

    /** What agents are sent ({@link Delivery}), keyed by agent id; every gateway instance reads all of it. */
    public static final String DELIVERIES = "switchboard.deliveries";

    /** Replies and acknowledgements for the channels ({@link OutboundMessage}), keyed by conversation id. */
    public static final String OUTBOUND = "switchboard.outbound";

    /** Suffix of the dead-letter topic each consumer writes unprocessable records to, the reason in headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String consumer) {
        return "switchboard." + consumer + DEAD_LETTER_SUFFIX;
    }
}
