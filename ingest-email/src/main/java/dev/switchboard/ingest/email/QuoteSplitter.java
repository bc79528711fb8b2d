package dev.switchboard.ingest.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what the customer just wrote from quoted history and signature, line by line, the way the common
 * clients mark a reply: an attribution line ("On … wrote:" in Gmail, Apple Mail, Thunderbird, Android and their
 * translations), an Outlook header block ("-----Original Message-----", "From: … Sent: …", "________"), Yahoo's
 * "----- Original Message -----", a forwarded-message marker, {@code >}-quoted lines, and signatures ("-- " and
 * the mobile "Sent from my …" lines). Everything from the first reply marker on is history; without a marker,
 * {@code >}-quoted lines are history and the lines between them (inline answers) stay new text.
 */
public final class QuoteSplitter {

    /** The attribution may be wrapped by the client over up to three lines. */
    private static final int ATTRIBUTION_LINES = 3;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?is)^.{0,400}?(\\d|@).{0,400}?\\b(wrote|writes|schrieb|a écrit|escribió|ha scritto|schreef|skrev|escreveu|"
                    + "napisał|написал|написала|napsal|kirjoitti|yazdı|írta|scrisse)\\b[^\\n]{0,30}:\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)^\\s*(-{2,}\\s*(original message|urspr(ü|ue)ngliche nachricht|message d'origine|mensaje original|"
                    + "messaggio originale|oorspronkelijk bericht|forwarded message|weitergeleitete nachricht|"
                    + "исходное сообщение|пересылаемое сообщение)\\s*-{2,}|-{5,} ?original message ?-{5,}|"
                    + "begin forwarded message:|_{20,})\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(from|von|de|da|van|от)\\s*:\\*?\\s*\\S.*");
    private static final Pattern HEADER_NEXT = Pattern.compile(
            "(?i)^\\s*\\*?(sent|date|to|subject|gesendet|datum|an|betreff|envoyé|date|objet|enviado|para|asunto|inviato|oggetto|cc)\\s*:.*");
    private static final Pattern SIGNATURE = Pattern.compile("^(--|__)$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "(?i)^\\s*(sent from my |sent from (yahoo|outlook|mail for)|get outlook for |enviado desde mi |"
                    + "envoyé de mon |von meinem .* gesendet).*");

    private QuoteSplitter() {
    }

    /** {@code text} is what is new (may be empty); {@code quoted} the history and signature (may be empty). */
    public record Split(String text, String quoted) {
    }

    public static Split split(String body) {
        if (body == null || body.isBlank()) {
            return new Split("", "");
        }
        List<String> lines = List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int boundary = replyBoundary(lines);
        List<String> fresh = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < boundary; i++) {
            String line = lines.get(i);
            (line.startsWith(">") ? quoted : fresh).add(line);
        }
        int signature = signatureStart(fresh);
        List<String> history = new ArrayList<>(fresh.subList(signature, fresh.size()));
        history.addAll(quoted);
        history.addAll(lines.subList(boundary, lines.size()));
        return new Split(join(fresh.subList(0, signature)), join(history));
    }

    /** Index of the first line of history: an attribution, separator, header block, or a trailing quote block. */
    private static int replyBoundary(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (SEPARATOR.matcher(line).matches() || isHeaderBlock(lines, i)) {
                return i;
            }
            if (introducesQuote(lines, i)) {
                return i;
            }
            if (isAttribution(lines, i)) {
                // A wrapped attribution also matches from the line above it; start at its own first line.
                while (i + 1 < lines.size() && startsSentence(lines.get(i + 1)) && isAttribution(lines, i + 1)) {
                    i++;
                }
                return i;
            }
        }
        return trailingQuoteBlock(lines);
    }

    private static boolean isAttribution(List<String> lines, int start) {
        if (lines.get(start).startsWith(">")) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = start; i < Math.min(lines.size(), start + ATTRIBUTION_LINES); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith(">")) {
                break;
            }
            joined.append(i == start ? "" : " ").append(lines.get(i).strip());
            if (ATTRIBUTION.matcher(joined).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Any attribution in any language: "… 2014 … <a@example.com>:" right above a {@code >}-quoted block. */
    private static boolean introducesQuote(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.startsWith(">") || !line.endsWith(":") || !line.matches(".*\\d.*") || !line.contains("@")) {
            return false;
        }
        for (int next = i + 1; next < lines.size(); next++) {
            if (!lines.get(next).isBlank()) {
                return lines.get(next).startsWith(">");
            }
        }
        return false;
    }

    private static boolean startsSentence(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && (Character.isUpperCase(stripped.codePointAt(0)) || Character.isDigit(stripped.codePointAt(0))
                || stripped.startsWith("-"));
    }

    /** "From: …" followed within four lines by another header line (Sent:, To:, Subject:, …). */
    private static boolean isHeaderBlock(List<String> lines, int start) {
        if (!HEADER_FROM.matcher(lines.get(start)).matches()) {
            return false;
        }
        for (int i = start + 1; i < Math.min(lines.size(), start + 5); i++) {
            if (HEADER_NEXT.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where a quote block starts that only blank lines and signature follow; else the end. */
    private static int trailingQuoteBlock(List<String> lines) {
        int end = lines.size();
        int start = end;
        for (int i = end - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith(">")) {
                start = i;
            } else if (!line.isBlank()) {
                break;
            }
        }
        return start == end ? end : start;
    }

    private static int signatureStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && SIGNATURE.matcher(line.stripTrailing()).matches()) {
                return i;
            }
            if (MOBILE_SIGNATURE.matcher(line).matches() && lines.size() - i <= 4) {
                return i;
            }
        }
        return lines.size();
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines).strip();
    }
}
