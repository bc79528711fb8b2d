package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file the customer sent. Bytes never travel on Kafka: {@code location} says where they are kept
 * (a storage URI or the provider's media URL).
 *
 * @param sha256 hex digest of the bytes, when ingest saw them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String name, String mediaType, Long size, String sha256, String location) {
}
