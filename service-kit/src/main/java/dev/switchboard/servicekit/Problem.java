package dev.switchboard.servicekit;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem body. {@code type} is stable per kind of error so clients can act on it;
 * {@code field} names the input at fault, when one is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://switchboard.dev/problems/";

    public static Problem of(String type, String title, int status, String detail, String field) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, field);
    }
}
