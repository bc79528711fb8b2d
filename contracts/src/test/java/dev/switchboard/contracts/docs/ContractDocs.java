package dev.switchboard.contracts.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;

/** Where the published contract documents live, and which records have a schema there. */
final class ContractDocs {

    /** The records that cross a topic, by the name of their schema file ({@code <name>.schema.json}). */
    static final Map<String, Class<?>> PUBLISHED = published();

    private ContractDocs() {
    }

    /** docs/contracts at the repository root: the folder holding {@code mvnw}, found walking up from here. */
    static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw in " + Path.of("").toAbsolutePath() + " or above it");
        }
        return dir.resolve("docs").resolve("contracts");
    }

    static Path schemaFile(String name) {
        return directory().resolve("schemas").resolve(name + ".schema.json");
    }

    static Path asyncApi() {
        return directory().resolve("asyncapi.yaml");
    }

    private static Map<String, Class<?>> published() {
        Map<String, Class<?>> records = new LinkedHashMap<>();
        for (Class<?> type : new Class<?>[] { InboundMessage.class, AgentEvent.class, Delivery.class,
                OutboundMessage.class }) {
            records.put(type.getSimpleName(), type);
        }
        return Collections.unmodifiableMap(records);
    }
}
