package dev.switchboard.ingest.email;

import java.nio.charset.Charset;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;

/**
 * One header field as Unicode: raw 8-bit bytes read as UTF-8 (RFC 6532) or, failing that, in the body's charset
 * or windows-1252; folding removed. {@link #text()} also decodes RFC 2047 encoded words (for unstructured fields
 * such as Subject); {@link #value()} keeps them for the structured parsers, which decode them where the syntax
 * allows.
 */
public record HeaderField(String name, String value) {

    public static HeaderField of(Field field, Charset hint) {
        byte[] raw = field.getRaw() == null ? null : field.getRaw().toByteArray();
        String line;
        if (raw == null) {
            line = field.getName() + ":" + field.getBody();
        } else if (Charsets.isAscii(raw)) {
            line = new String(raw, java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            line = Charsets.decodeHeaderBytes(raw, hint);
        }
        int colon = field instanceof RawField ? ((RawField) field).getDelimiterIdx() : line.indexOf(':');
        if (colon < 0 || colon >= line.length()) {
            colon = line.indexOf(':');
        }
        String body = colon < 0 ? line : line.substring(colon + 1);
        return new HeaderField(field.getName().trim(), unfold(body).trim());
    }

    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The value with encoded words decoded, for unstructured fields. */
    public String text(ProblemLog problems) {
        return decodeWords(value, problems);
    }

    static String decodeWords(String value, ProblemLog problems) {
        if (value == null || !value.contains("=?")) {
            return value;
        }
        return DecoderUtil.decodeEncodedWords(value, problems, null, Charsets.supersets());
    }

    static String unfold(String value) {
        return value.replaceAll("\r?\n(?=[ \t])", "").replace("\r", "").replace("\n", " ");
    }
}
