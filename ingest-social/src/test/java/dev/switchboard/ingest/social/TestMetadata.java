package dev.switchboard.ingest.social;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.switchboard.ingest.core.Metadata;

/** What the normalizers need in plain unit tests: metadata with the default bounds, and a fixed clock. */
public final class TestMetadata {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestMetadata() {
    }

    public static Metadata metadata() {
        return new Metadata(64, 2048);
    }
}
