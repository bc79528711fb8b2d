package dev.switchboard.ingest.phone.api;

import java.util.IllformedLocaleException;
import java.util.Locale;

import dev.switchboard.servicekit.ProblemException;

/** Checks on single input fields, each failing with a 400 that names the field. */
final class Fields {

    static final int MAX_ID_LENGTH = 200;

    private Fields() {
    }

    static String requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badInput(field, field + " is required");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw ProblemException.badInput(field, field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value.trim();
    }

    /** A count of seconds, or null when absent; negative or non-numeric values are bad input. */
    static Long seconds(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return seconds(field, Long.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            throw ProblemException.badInput(field, field + " must be a whole number of seconds, not '" + value + "'");
        }
    }

    static Long seconds(String field, Long value) {
        if (value != null && value < 0) {
            throw ProblemException.badInput(field, field + " must not be negative");
        }
        return value;
    }

    /** A BCP 47 tag ("en-US"; "en_US" is read too), or null when absent. */
    static String locale(String field, String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ProblemException.badInput(field, "'" + tag + "' is not a BCP 47 language tag");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
