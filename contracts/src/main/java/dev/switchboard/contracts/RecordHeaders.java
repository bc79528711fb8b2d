package dev.switchboard.contracts;

/** Kafka header names every producer sets, so a consumer can route or reject a record without parsing it. */
public final class RecordHeaders {

    /** The record's own id (the JSON {@code id}). */
    public static final String ID = "id";

    /** The record type: the JSON {@code type} of sealed contracts, else the record's simple name. */
    public static final String TYPE = "type";

    /** The JSON {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "schemaVersion";

    private RecordHeaders() {
    }
}
