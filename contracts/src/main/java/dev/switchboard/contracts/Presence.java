package dev.switchboard.contracts;

public enum Presence {
    OFFLINE, AVAILABLE, AWAY
}
