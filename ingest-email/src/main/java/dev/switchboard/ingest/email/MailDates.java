package dev.switchboard.ingest.email;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.RawField;

/** The Date header as an instant: mime4j's lenient parser, then again without comments and extra whitespace. */
final class MailDates {

    private MailDates() {
    }

    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> lenient = mime4j(value);
        if (lenient.isPresent()) {
            return lenient;
        }
        String cleaned = value.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip();
        lenient = mime4j(cleaned);
        if (lenient.isPresent()) {
            return lenient;
        }
        try {
            return Optional.of(ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> mime4j(String value) {
        ParsedField parsed = LenientFieldParser.getParser().parse(new RawField("Date", value), new ProblemLog());
        if (parsed instanceof DateTimeField && parsed.getParseException() == null) {
            DateTimeField date = (DateTimeField) parsed;
            return Optional.ofNullable(date.getDate()).map(java.util.Date::toInstant);
        }
        return Optional.empty();
    }
}
