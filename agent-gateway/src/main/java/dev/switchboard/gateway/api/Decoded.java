package dev.switchboard.gateway.api;

import dev.switchboard.contracts.AgentEvent;

/** What an agent's frame turned out to be: an event to publish, or an error frame to send back. */
public record Decoded(AgentEvent event, ErrorFrame error) {

    public static Decoded event(AgentEvent event) {
        return new Decoded(event, null);
    }

    public static Decoded error(ErrorCode code, String message) {
        return new Decoded(null, new ErrorFrame(code, message));
    }

    public boolean isError() {
        return error != null;
    }
}
