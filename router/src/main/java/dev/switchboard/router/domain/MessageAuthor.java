package dev.switchboard.router.domain;

/** Who wrote a stored message. */
public enum MessageAuthor {
    CUSTOMER, AGENT, SYSTEM
}
