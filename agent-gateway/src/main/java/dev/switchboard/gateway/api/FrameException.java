package dev.switchboard.gateway.api;

/** A frame that cannot become an event; its message is shown to the agent and must not repeat what they sent. */
public final class FrameException extends RuntimeException {

    private final ErrorCode code;

    public FrameException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorFrame toFrame() {
        return new ErrorFrame(code, getMessage());
    }
}
