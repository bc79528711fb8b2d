package dev.switchboard.ingest.email;

/** Keeps attachment bytes out of Kafka; the canonical message carries only where they are. */
public interface AttachmentStore {

    /**
     * Stores the bytes under their SHA-256 (storing the same bytes twice is harmless) and answers their location
     * as a URI.
     */
    String store(String sha256, byte[] bytes);
}
