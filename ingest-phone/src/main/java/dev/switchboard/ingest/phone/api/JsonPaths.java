package dev.switchboard.ingest.phone.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.servicekit.ProblemException;

/** Reads provider JSON whose shape we do not own, naming the field in any 400. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The text at {@code path} (dot separated), or null when absent, null or blank. */
    static String text(JsonNode node, String path) {
        JsonNode value = node(node, path);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text.trim();
    }

    static JsonNode node(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current;
    }

    static String require(JsonNode node, String path, String field) {
        String value = text(node, path);
        if (value == null) {
            throw ProblemException.badInput(field, field + " is required");
        }
        if (value.length() > Fields.MAX_ID_LENGTH) {
            throw ProblemException.badInput(field, field + " is longer than " + Fields.MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    /** An ISO 8601 instant, or null when absent. */
    static Instant instant(JsonNode node, String path, String field) {
        String value = text(node, path);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput(field, field + " '" + value + "' is not an ISO 8601 instant");
        }
    }
}
