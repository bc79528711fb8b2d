package dev.switchboard.ingest.phone;

import java.lang.reflect.Proxy;
import java.util.Map;

import dev.switchboard.ingest.core.IngestSettings;
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
        IngestSettings settings = (IngestSettings) Proxy.newProxyInstance(TestSettings.class.getClassLoader(),
                new Class<?>[] { IngestSettings.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "maxMetadataEntries":
                            return 64;
                        case "maxMetadataValueLength":
                            return 2048;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        return new Metadata(settings);
    }

    private static <T> T mapping(Class<T> type, Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withMapping(type)
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .build()
                .getConfigMapping(type);
    }
}
