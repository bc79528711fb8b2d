package dev.switchboard.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * The Kafka headers every producer sets on a contract record — {@code id}, {@code type}, {@code schemaVersion},
 * UTF-8 text repeating the payload — so a consumer can route, dedupe or reject a record without parsing it.
 */
public final class ContractHeaders {

    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String SCHEMA_VERSION = "schemaVersion";

    private ContractHeaders() {
    }

    public static Headers of(String id, Object record, int schemaVersion) {
        return new RecordHeaders()
                .add(ID, bytes(id))
                .add(TYPE, bytes(typeName(record)))
                .add(SCHEMA_VERSION, bytes(Integer.toString(schemaVersion)));
    }

    /** The JSON {@code type} of a sealed contract's record ("offer", "presence"), else the record's simple name. */
    public static String typeName(Object record) {
        for (Class<?> contract : record.getClass().getInterfaces()) {
            JsonSubTypes subTypes = contract.getAnnotation(JsonSubTypes.class);
            if (subTypes != null) {
                return Arrays.stream(subTypes.value())
                        .filter(type -> type.value().equals(record.getClass()))
                        .map(JsonSubTypes.Type::name)
                        .findFirst().orElse(record.getClass().getSimpleName());
            }
        }
        return record.getClass().getSimpleName();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
