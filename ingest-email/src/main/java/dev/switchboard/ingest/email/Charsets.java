package dev.switchboard.ingest.email;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text the way mail clients do it, not the way the label says: labels are mapped to the supersets that
 * senders actually use (ks_c_5601-1987 is Windows code page 949, ISO-8859-1 is read as windows-1252, GB2312 as
 * GBK), 8-bit bytes under a US-ASCII label are tried as UTF-8 then windows-1252, and an unknown label falls back
 * the same way. Whatever had to be guessed is reported.
 */
public final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("gb2312", "GBK"),
            Map.entry("gb_2312-80", "GBK"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("tis-620", "x-windows-874"),
            Map.entry("iso-8859-11", "x-windows-874"));

    private static final Map<Charset, Charset> SUPERSET_CHARSETS = supersetCharsets();

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The text and the charset it was finally read with. */
    public record Decoded(String text, String charset) {
    }

    /**
     * Decodes a body part. {@code declared} is the charset parameter as sent (null when absent); a missing label
     * on HTML is looked for in its meta tag.
     */
    public static Decoded decode(byte[] bytes, String declared, boolean html, ProblemLog problems) {
        String label = declared == null || declared.isBlank() ? null : clean(declared);
        if (label == null && html) {
            label = metaCharset(bytes);
        }
        if (label == null || isAsciiLabel(label)) {
            return utf8ThenWindows1252(bytes, label, problems);
        }
        Charset charset = lookup(label);
        if (charset == null) {
            problems.add("unknown charset '" + label + "'");
            return utf8ThenWindows1252(bytes, null, problems);
        }
        String strict = strictDecode(bytes, charset);
        if (strict != null) {
            return new Decoded(strict, charset.name());
        }
        String repaired = undoDoubleEncoding(bytes, charset);
        if (repaired != null) {
            problems.add(charset.name() + " text had been re-encoded as UTF-8 byte by byte; repaired");
            return new Decoded(repaired, charset.name());
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            problems.add("bytes labelled " + label + " are UTF-8; read as UTF-8");
            return new Decoded(utf8, "UTF-8");
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            problems.add("bytes are not valid UTF-8 although labelled so; read as windows-1252");
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
        }
        problems.add("bytes invalid in charset " + charset.name() + "; replaced");
        return new Decoded(new String(bytes, charset), charset.name());
    }

    /** The charset for a label, mapped to the superset senders actually use; null when Java does not know it. */
    public static Charset lookup(String label) {
        if (label == null) {
            return null;
        }
        String name = clean(label);
        String superset = SUPERSETS.get(name.toLowerCase(Locale.ROOT));
        try {
            return Charset.forName(superset == null ? name : superset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The superset map for mime4j's encoded-word decoder: each label's charset to the one senders meant. */
    public static Map<Charset, Charset> supersets() {
        return SUPERSET_CHARSETS;
    }

    /** Header bytes outside ASCII: RFC 6532 says UTF-8; older senders used the body's charset or windows-1252. */
    public static String decodeHeaderBytes(byte[] bytes, Charset hint) {
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            String repaired = hint == null ? null : undoDoubleEncoding(bytes, hint);
            return repaired != null ? repaired : utf8;
        }
        if (hint != null && !hint.equals(StandardCharsets.UTF_8) && !hint.equals(StandardCharsets.US_ASCII)) {
            String hinted = strictDecode(bytes, hint);
            return hinted != null ? hinted : new String(bytes, hint);
        }
        return new String(bytes, WINDOWS_1252);
    }

    /**
     * Text in a multi-byte charset (Big5, GB2312, Shift_JIS, ...) that a gateway took for Latin-1 and re-encoded as
     * UTF-8: valid UTF-8 of characters up to U+00FF whose Latin-1 bytes are valid in the labelled charset.
     */
    static String undoDoubleEncoding(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(WINDOWS_1252) || isAscii(bytes)) {
            return null;
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 == null || utf8.chars().anyMatch(c -> c > 0xff)) {
            return null;
        }
        return strictDecode(utf8.getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Decoded utf8ThenWindows1252(byte[] bytes, String label, ProblemLog problems) {
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII");
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            problems.add("8-bit bytes " + (label == null ? "without a charset" : "labelled " + label)
                    + "; read as UTF-8");
            return new Decoded(utf8, "UTF-8");
        }
        problems.add("8-bit bytes " + (label == null ? "without a charset" : "labelled " + label)
                + "; read as windows-1252");
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Map<Charset, Charset> supersetCharsets() {
        Map<Charset, Charset> map = new java.util.HashMap<>();
        SUPERSETS.forEach((label, superset) -> {
            try {
                Charset from = Charset.forName(label);
                Charset to = Charset.forName(superset);
                if (!from.equals(to)) {
                    map.put(from, to);
                }
            } catch (RuntimeException e) {
                // Not every JVM knows every label; those are decoded as labelled.
            }
        });
        return Map.copyOf(map);
    }

    private static boolean isAsciiLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return lower.equals("us-ascii") || lower.equals("ascii") || lower.equals("ansi_x3.4-1968");
    }

    private static String clean(String label) {
        return label.trim().replace("\"", "").replace("'", "");
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? matcher.group(1) : null;
    }
}
