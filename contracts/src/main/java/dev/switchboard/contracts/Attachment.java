package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

@JsonClassDescription("A file the customer sent. Bytes never travel on Kafka: location says where they are kept.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(
        @JsonPropertyDescription("File name as the customer sent it.")
        String name,
        @JsonPropertyDescription("Media type, e.g. image/jpeg.")
        String mediaType,
        @JsonPropertyDescription("Size in bytes, when known.")
        Long size,
        @JsonPropertyDescription("Lower-case hex SHA-256 of the bytes, when ingest saw them.")
        String sha256,
        @JsonPropertyDescription("Where the bytes are: a storage URI or the provider's media URL.")
        String location) {
}
