package dev.switchboard.gateway.api;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.switchboard.contracts.Delivery;

/**
 * The agent socket's JSON protocol. Server → agent frames are each {@link Delivery} exactly as it is on the topic
 * ({@code type} offer, assigned, message, revoked) and {@link ErrorFrame}s; agent → server frames are the
 * {@link AgentFrame}s. Error messages name the field at fault but never repeat what the agent sent.
 */
public final class FrameCodec {

    /** The protocol version the gateway speaks; a frame may say which it means in {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> AGENT_TYPES = Arrays.stream(AgentFrame.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final String KNOWN_TYPES = AGENT_TYPES.stream().sorted().collect(Collectors.joining(", "));

    private final ObjectMapper json;
    private final ObjectWriter deliveries;
    private final Clock clock;
    private final Supplier<String> eventIds;

    public FrameCodec(ObjectMapper json, Clock clock, Supplier<String> eventIds) {
        this.json = json;
        this.deliveries = json.writerFor(Delivery.class);
        this.clock = clock;
        this.eventIds = eventIds;
    }

    /** Reads one text frame from the agent {@code agentId} (the token's subject). Never throws. */
    public Decoded decode(String agentId, String text) {
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            return Decoded.error(ErrorCode.MALFORMED_FRAME, "a frame is one JSON object");
        }
        if (frame == null || !frame.isObject()) {
            return Decoded.error(ErrorCode.MALFORMED_FRAME, "a frame is one JSON object");
        }
        JsonNode type = frame.get("type");
        if (type == null || !type.isTextual() || !AGENT_TYPES.contains(type.asText())) {
            return Decoded.error(ErrorCode.UNKNOWN_TYPE, "'type' must be one of " + KNOWN_TYPES);
        }
        JsonNode version = frame.get("schemaVersion");
        if (version != null && !version.isNull() && !(version.isInt() && version.intValue() == SCHEMA_VERSION)) {
            return Decoded.error(ErrorCode.UNSUPPORTED_VERSION, "this gateway speaks schemaVersion " + SCHEMA_VERSION);
        }
        AgentFrame action;
        try {
            action = json.treeToValue(frame, AgentFrame.class);
        } catch (JsonMappingException e) {
            return Decoded.error(ErrorCode.INVALID_FIELD, "'" + fieldOf(e) + "' has the wrong type or value");
        } catch (JsonProcessingException e) {
            return Decoded.error(ErrorCode.MALFORMED_FRAME, "a frame is one JSON object");
        }
        try {
            return Decoded.event(action.toEvent(new AgentFrame.Stamp(eventIds.get(), agentId, clock.instant())));
        } catch (FrameException e) {
            return new Decoded(null, e.toFrame());
        }
    }

    /** The frame for a delivery: the delivery's own JSON, {@code type} included. */
    public String encode(Delivery delivery) {
        try {
            return deliveries.writeValueAsString(delivery);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivery could not be written as JSON", e);
        }
    }

    public String encode(ErrorFrame error) {
        try {
            return json.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error frame could not be written as JSON", e);
        }
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "frame" : path;
    }
}
