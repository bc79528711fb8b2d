package dev.switchboard.ingest.social;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.switchboard.ingest.core.IngestSettings;
import dev.switchboard.ingest.core.Metadata;

/** What the normalizers need in plain unit tests: metadata with the default bounds, and a fixed clock. */
public final class TestMetadata {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestMetadata() {
    }

    public static Metadata metadata() {
        IngestSettings settings = (IngestSettings) Proxy.newProxyInstance(TestMetadata.class.getClassLoader(),
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
}
