package dev.switchboard.ingest.email.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.servicekit.ProblemException;

/** Reading the loosely typed JSON of provider payloads: a missing or null value is null, never an exception. */
final class JsonFields {

    private JsonFields() {
    }

    /** A field that must hold a JSON object (SendGrid {@code charsets}); absent is an empty object, else 400. */
    static JsonNode object(ObjectMapper mapper, byte[] json, String field) {
        if (json == null || json.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // Reported below, naming the field.
        }
        throw ProblemException.badInput(field, field + " must be a JSON object");
    }

    /** A field that must hold a JSON array (Mailgun {@code message-headers}); absent is an empty array, else 400. */
    static JsonNode array(ObjectMapper mapper, byte[] json, String field) {
        if (json == null || json.length == 0) {
            return mapper.createArrayNode();
        }
        try {
            JsonNode node = mapper.readTree(json);
            if (node != null && node.isArray()) {
                return node;
            }
        } catch (IOException e) {
            // Reported below, naming the field.
        }
        throw ProblemException.badInput(field, field + " must be a JSON array");
    }

    static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    /** A value, or the values of an array joined with ", "; null when there is none. */
    static String joined(JsonNode node) {
        if (node == null || !node.isArray()) {
            return text(node);
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> {
            String text = text(value);
            if (text != null && !text.isBlank()) {
                values.add(text);
            }
        });
        return values.isEmpty() ? null : String.join(", ", values);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
