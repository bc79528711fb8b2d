package dev.switchboard.router.domain;

import java.util.Set;

public enum ConversationStatus {
    QUEUED, OFFERED, ASSIGNED, CLOSED;

    /** The states in which a conversation takes up room in its agent's capacity. */
    public static final Set<ConversationStatus> HELD = Set.of(OFFERED, ASSIGNED);
}
