package dev.switchboard.ingest.email;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A message as mime4j read it: the top-level header fields in order, the leaves of the MIME tree, the headers of
 * attached messages, and the problems met on the way.
 *
 * @param contentType     the top-level media type, lower case
 * @param reportType      report-type parameter of a top-level multipart/report, lower case, or null
 * @param attachedHeaders header fields of each attached message/rfc822, in order
 */
public record ParsedEmail(
        List<HeaderField> headers,
        String contentType,
        String reportType,
        List<MimePart> parts,
        List<List<HeaderField>> attachedHeaders,
        List<String> problems,
        int partCount) {

    public Optional<HeaderField> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<HeaderField> all(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).toList();
    }

    public String value(String name) {
        return header(name).map(HeaderField::value).orElse(null);
    }

    public boolean hasPart(String mediaType) {
        return parts.stream().anyMatch(p -> p.mediaType().equals(mediaType.toLowerCase(Locale.ROOT)));
    }
}
