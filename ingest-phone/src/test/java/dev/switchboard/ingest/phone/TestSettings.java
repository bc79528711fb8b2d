package dev.switchboard.ingest.phone;

import java.util.Map;

import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.phone.config.PhoneSettings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Typed settings for plain unit tests, built the way Quarkus builds them, defaults included. */
public final class TestSettings {

    private TestSettings() {
    }

    public static PhoneSettings phone(Map<String, String> values) {
        return mapping(PhoneSettings.class, values);
    }

    /** Metadata with the default bounds; only those two settings are read by it. */
    public static Metadata metadata() {
        return new Metadata(64, 2048);
    }

    private static <T> T mapping(Class<T> type, Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withMapping(type)
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .build()
                .getConfigMapping(type);
    }
}
