package dev.switchboard.ingest.core;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the bounded {@code metadata} of a canonical message: values are normalized text, cut to a maximum
 * length (marked with "…[cut N chars]"), and entries past the limit are counted in {@code metadata.dropped}
 * rather than silently lost.
 */
@ApplicationScoped
public class Metadata {

    private final int maxEntries;
    private final int maxValueLength;

    @Inject
    public Metadata(IngestSettings settings) {
        this(settings.maxMetadataEntries(), settings.maxMetadataValueLength());
    }

    public Metadata(int maxEntries, int maxValueLength) {
        this.maxEntries = maxEntries;
        this.maxValueLength = maxValueLength;
    }

    public Builder builder() {
        return new Builder(maxEntries, maxValueLength);
    }

    public static final class Builder {

        private final int maxEntries;
        private final int maxLength;
        private final Map<String, String> entries = new LinkedHashMap<>();
        private int dropped;

        Builder(int maxEntries, int maxLength) {
            this.maxEntries = maxEntries;
            this.maxLength = maxLength;
        }

        public Builder put(String key, Object value) {
            if (value == null || value.toString().isBlank()) {
                return this;
            }
            if (entries.size() >= maxEntries - 1) {
                dropped++;
                return this;
            }
            String text = Text.normalize(value.toString());
            if (text.length() > maxLength) {
                text = text.substring(0, maxLength) + "…[cut " + (text.length() - maxLength) + " chars]";
            }
            entries.put(key, text);
            return this;
        }

        public Map<String, String> build() {
            if (dropped > 0) {
                entries.put("metadata.dropped", Integer.toString(dropped));
            }
            return Map.copyOf(entries);
        }
    }
}
