package dev.switchboard.ingest.email.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RecursionMode;

import dev.switchboard.ingest.email.HeaderField;
import dev.switchboard.ingest.email.ProblemLog;
import dev.switchboard.servicekit.ProblemException;

/**
 * The fields of a form post as bytes: multipart/form-data read by mime4j (it is MIME), urlencoded by
 * percent-decoding. Bytes rather than strings, because providers post fields in the charsets of the mail (SendGrid
 * says which in {@code charsets}) and raw MIME in a field ({@code email}, {@code body-mime}) must reach the parser
 * exactly as sent; a framework's form reader would already have decoded them in one fixed charset.
 */
final class FormData {

    /** One field; {@code fileName} and {@code mediaType} only when the part declared them. */
    record Part(String name, String fileName, String mediaType, byte[] content) {
    }

    private final List<Part> parts;

    private FormData(List<Part> parts) {
        this.parts = parts;
    }

    static FormData multipart(byte[] body, String contentType, int maxParts) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("boundary=")) {
            throw ProblemException.badInput(null, "multipart/form-data needs a boundary parameter");
        }
        MimeConfig config = new MimeConfig.Builder()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxContentLen(-1)
                .setMaxHeaderCount(100)
                .build();
        MimeTokenStream stream = new MimeTokenStream(config);
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
        stream.parseHeadless(new ByteArrayInputStream(body), contentType);
        List<Part> parts = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                if (state == EntityState.T_START_BODYPART) {
                    fields = new ArrayList<>();
                } else if (state == EntityState.T_FIELD) {
                    fields.add(stream.getField());
                } else if (state == EntityState.T_BODY) {
                    if (parts.size() == maxParts) {
                        throw ProblemException.badInput(null, "the form has more than " + maxParts + " parts");
                    }
                    parts.add(part(fields, stream.getDecodedInputStream().readAllBytes()));
                }
            }
        } catch (MimeException | IOException e) {
            throw ProblemException.badInput(null, "the multipart/form-data body is unreadable");
        }
        return new FormData(parts);
    }

    static FormData urlEncoded(byte[] body) {
        List<Part> parts = new ArrayList<>();
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = new String(percentDecoded(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8);
            parts.add(new Part(name, null, null, eq < 0 ? new byte[0] : percentDecoded(pair.substring(eq + 1))));
        }
        return new FormData(parts);
    }

    List<Part> parts() {
        return parts;
    }

    boolean has(String name) {
        return bytes(name) != null;
    }

    /** The first field of that name, or null. */
    byte[] bytes(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).map(Part::content).findFirst().orElse(null);
    }

    /** The first field of that name as UTF-8 text, or null. */
    String text(String name) {
        byte[] bytes = bytes(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static Part part(List<Field> fields, byte[] content) {
        String name = null;
        String fileName = null;
        String mediaType = null;
        ProblemLog ignored = new ProblemLog();
        for (Field field : fields) {
            HeaderField header = HeaderField.of(field, StandardCharsets.UTF_8);
            ParsedField parsed = LenientFieldParser.getParser()
                    .parse(new RawField(header.name(), header.value()), DecodeMonitor.SILENT);
            if (parsed instanceof ContentDispositionField) {
                ContentDispositionField disposition = (ContentDispositionField) parsed;
                name = disposition.getParameter("name");
                String file = disposition.getFilename();
                fileName = file == null || file.isBlank() ? null
                        : new HeaderField("filename", file).text(ignored).strip();
            } else if (parsed instanceof ContentTypeField) {
                mediaType = ((ContentTypeField) parsed).getMimeType();
            }
        }
        return new Part(name == null ? "" : name, fileName, mediaType, content);
    }

    /** {@code +} and {@code %XX} to bytes; anything else is taken byte for byte. */
    private static byte[] percentDecoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw ProblemException.badInput(null, "the form body has a malformed %-escape");
                }
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
