package dev.switchboard.ingest.social;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.servicekit.ProblemException;

/**
 * Webhook bodies are read as bytes (the signature covers exactly those) and parsed afterwards. A UTF-8 byte-order
 * mark, which some senders put first, is skipped rather than refused.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonNode parse(ObjectMapper mapper, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badInput(null, "the body is empty; a JSON object is expected");
        }
        int start = hasBom(body) ? 3 : 0;
        try {
            JsonNode node = mapper.readTree(body, start, body.length - start);
            if (node == null || !(node.isObject() || node.isArray())) {
                throw ProblemException.badInput(null, "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badInput(null, "the body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ProblemException.badInput(null, "the body could not be read as JSON");
        }
    }

    private static boolean hasBom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }
}
