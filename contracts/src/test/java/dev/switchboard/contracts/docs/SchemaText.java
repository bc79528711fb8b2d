package dev.switchboard.contracts.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How a schema file reads: keywords in a reader's order, two-space JSON, one trailing line break. */
final class SchemaText {

    private static final List<String> KEYWORD_ORDER = List.of("$schema", "$ref", "title", "description", "type",
            "const", "format", "enum", "oneOf", "properties", "required", "items", "uniqueItems",
            "additionalProperties", "$defs");
    private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "$defs");
    private static final Set<String> SUBSCHEMAS = Set.of("items", "additionalProperties");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SchemaText() {
    }

    static String render(ObjectNode schema) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Title and description first, definitions last, at every level; property order is kept. */
    static ObjectNode inReadingOrder(ObjectNode schema) {
        List<String> present = new ArrayList<>();
        schema.fieldNames().forEachRemaining(present::add);
        ObjectNode ordered = JSON.createObjectNode();
        Stream.concat(KEYWORD_ORDER.stream().filter(schema::has), present.stream())
                .distinct()
                .forEach(keyword -> ordered.set(keyword, inReadingOrder(keyword, schema.get(keyword))));
        return ordered;
    }

    private static JsonNode inReadingOrder(String keyword, JsonNode value) {
        if (NAMED_SCHEMAS.contains(keyword)) {
            ObjectNode named = JSON.createObjectNode();
            value.fields().forEachRemaining(
                    entry -> named.set(entry.getKey(), inReadingOrder((ObjectNode) entry.getValue())));
            return named;
        }
        if (SUBSCHEMAS.contains(keyword) && value.isObject()) {
            return inReadingOrder((ObjectNode) value);
        }
        if (keyword.equals("oneOf")) {
            ArrayNode schemas = JSON.createArrayNode();
            value.forEach(item -> schemas.add(inReadingOrder((ObjectNode) item)));
            return schemas;
        }
        return value;
    }
}
