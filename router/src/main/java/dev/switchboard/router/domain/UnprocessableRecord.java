package dev.switchboard.router.domain;

/**
 * A record that can never be processed as it is (a required field missing, an id that is not one).
 * It goes to the dead-letter topic at once, with this message as the reason; retrying would not help.
 */
public class UnprocessableRecord extends RuntimeException {

    public UnprocessableRecord(String reason) {
        super(reason, null, false, false);
    }
}
