package dev.switchboard.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Server → agent: the agent's last frame was not acted on. The socket stays open. */
@JsonPropertyOrder({ "type", "schemaVersion", "code", "message" })
public record ErrorFrame(ErrorCode code, String message) {

    public static final String TYPE = "error";

    @JsonProperty("type")
    public String type() {
        return TYPE;
    }

    @JsonProperty("schemaVersion")
    public int schemaVersion() {
        return FrameCodec.SCHEMA_VERSION;
    }
}
