package dev.switchboard.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the contracts outside a Quarkus application (tests, benchmarks, the launcher):
 * ISO-8601 instants, unknown fields ignored so older readers accept newer records. Quarkus services use their
 * own ObjectMapper, which is configured the same way by default.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
