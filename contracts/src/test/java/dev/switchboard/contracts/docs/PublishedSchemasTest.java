package dev.switchboard.contracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The committed schema files are exactly what the records generate. Run with {@code -Dcontracts.regenerate=true}
 * to rewrite them from the records instead.
 */
class PublishedSchemasTest {

    private static final boolean REGENERATE = Boolean.getBoolean("contracts.regenerate");
    private static final String HOW_TO_REGENERATE = "Regenerate them from the records with\n"
            + "  ./mvnw -q -o test -pl contracts -Dtest=PublishedSchemasTest -Dcontracts.regenerate=true\n"
            + "and review the diff: removing, renaming or retyping a field, or making one required, breaks readers "
            + "and needs a new SCHEMA_VERSION (docs/contracts/README.md).";

    private final ContractSchemas schemas = new ContractSchemas();

    static Stream<String> published() {
        return ContractDocs.PUBLISHED.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void committedSchemaIsWhatTheRecordGenerates(String name) throws IOException {
        Path file = ContractDocs.schemaFile(name);
        String generated = schemas.render(ContractDocs.PUBLISHED.get(name));
        if (REGENERATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }

        assertTrue(Files.exists(file), file + " is missing. " + HOW_TO_REGENERATE);
        String committed = Files.readString(file).replace("\r\n", "\n");
        if (!committed.equals(generated)) {
            fail(file + " does not match " + ContractDocs.PUBLISHED.get(name).getName() + " ("
                    + firstDifference(committed, generated) + "). " + HOW_TO_REGENERATE);
        }
    }

    @Test
    void everySchemaFileBelongsToAPublishedRecord() throws IOException {
        Path dir = ContractDocs.schemaFile("any").getParent();
        assertTrue(Files.isDirectory(dir), dir + " is missing. " + HOW_TO_REGENERATE);
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
            Set<String> expected = ContractDocs.PUBLISHED.keySet().stream().map(name -> name + ".schema.json")
                    .collect(Collectors.toSet());
            assertEquals(expected, names, "stale or unexpected files in " + dir);
        }
    }

    @Test
    void everyPropertyIsDescribedForReaders() {
        List<String> undescribed = new ArrayList<>();
        ContractDocs.PUBLISHED.forEach(
                (name, record) -> collectUndescribed(name, schemas.generate(record), undescribed));

        assertEquals(List.of(), undescribed,
                "add @JsonPropertyDescription to these record components (or to the sealed interface's accessor)");
    }

    @Test
    void requiredFieldsNameRealRecordComponents() {
        ContractSchemas.REQUIRED.forEach((record, required) -> {
            RecordComponent[] components = record.getRecordComponents();
            assertNotNull(components, record + " is not a record");
            Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
            assertTrue(names.containsAll(required),
                    record.getSimpleName() + " has no component named " + required.stream()
                            .filter(field -> !names.contains(field)).toList());
        });
    }

    private static void collectUndescribed(String path, JsonNode schema, List<String> undescribed) {
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!property.getValue().hasNonNull("description")) {
                undescribed.add(path + "." + property.getKey());
            }
        });
        schema.path("$defs").fields().forEachRemaining(
                definition -> collectUndescribed(path + "/" + definition.getKey(), definition.getValue(), undescribed));
    }

    private static String firstDifference(String committed, String generated) {
        String[] was = committed.split("\n", -1);
        String[] now = generated.split("\n", -1);
        for (int line = 0; line < Math.max(was.length, now.length); line++) {
            String a = line < was.length ? was[line] : "<end of file>";
            String b = line < now.length ? now[line] : "<end of file>";
            if (!a.equals(b)) {
                return "line " + (line + 1) + ": committed `" + a.strip() + "`, records give `" + b.strip() + "`";
            }
        }
        return "same lines";
    }
}
