package dev.switchboard.ingest.core;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "switchboard.ingest")
public interface IngestSettings {

    /** How long a POST waits for Kafka to acknowledge before answering 503. */
    @WithDefault("5s")
    Duration publishTimeout();

    /** Largest request body accepted; larger ones get 413 with a problem body. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** What a 503 tells the connector to wait before retrying. */
    @WithDefault("5s")
    Duration retryAfter();

    /**
     * Connector API keys, by connector name: {@code switchboard.ingest.api-keys.acme-widget=...}.
     * A request must carry one of them in {@code X-Api-Key} (or as a bearer token).
     */
    Map<String, String> apiKeys();

    /** Longest text kept in a metadata value; longer values are cut and marked. */
    @WithDefault("2048")
    int maxMetadataValueLength();

    /** Most metadata entries kept; the rest are counted in {@code metadata.dropped}. */
    @WithDefault("64")
    int maxMetadataEntries();

    Twilio twilio();

    interface Twilio {

        /** The account's auth token, which keys X-Twilio-Signature. Without it, Twilio webhooks are refused. */
        Optional<String> authToken();

        /**
         * The public base URL Twilio calls (https://switchboard.example.com), when a proxy sits in front;
         * the signature covers the URL as Twilio saw it.
         */
        Optional<String> publicUrl();
    }
}
