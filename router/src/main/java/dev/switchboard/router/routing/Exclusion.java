package dev.switchboard.router.routing;

/**
 * Why an agent cannot take a conversation. An agent failing several rules is counted under the first, in this
 * order: the ones that do not depend on the conversation come first, so their counts can be kept as running totals.
 */
public enum Exclusion {
    /** OFFLINE or AWAY. */
    NOT_AVAILABLE,
    OFF_SHIFT,
    /** Full on the conversation's channel or at the overall cap. */
    NO_CAPACITY,
    LANGUAGE,
    SKILL,
    /** Declined this conversation or let its offer expire. */
    DECLINED
}
