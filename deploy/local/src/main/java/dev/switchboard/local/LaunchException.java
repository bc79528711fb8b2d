package dev.switchboard.local;

/**
 * A reason the launcher cannot go on, worded for the person who ran it: one sentence saying what is wrong and
 * what to do. It carries no stack trace because the message is the whole story.
 */
public final class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message, null, false, false);
    }
}
