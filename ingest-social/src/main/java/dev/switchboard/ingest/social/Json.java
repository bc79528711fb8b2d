package dev.switchboard.ingest.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads provider JSON whose shape we do not own: absent, null and blank are all "not there". */
public final class Json {

    private Json() {
    }

    /** The scalar at {@code path} (dot separated) as text, or null. */
    public static String text(JsonNode node, String path) {
        JsonNode value = at(node, path);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    public static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current;
    }

    public static boolean isTrue(JsonNode node, String path) {
        JsonNode value = at(node, path);
        return value != null && (value.asBoolean(false) || "true".equalsIgnoreCase(value.asText()));
    }

    public static Long number(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The array at {@code path}, empty when it is absent or not an array. */
    public static List<JsonNode> array(JsonNode node, String path) {
        JsonNode value = at(node, path);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    /** Seconds since the epoch, as a number or text, with an optional fraction (Slack's "1568915625.001000"). */
    public static Instant epochSeconds(String value) {
        if (value == null) {
            return null;
        }
        try {
            java.math.BigDecimal seconds = new java.math.BigDecimal(value.trim());
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    public static Instant epochMillis(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(value.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
