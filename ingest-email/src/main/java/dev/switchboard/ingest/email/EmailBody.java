package dev.switchboard.ingest.email;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable content of a parsed message: the body parts (from each multipart/alternative the text/plain
 * branch, else the HTML one, converted with jsoup), split into new text and history; the text of attached
 * (forwarded) messages joins the history. Also the sanitized HTML, when the sender wrote HTML.
 */
public record EmailBody(String text, String quoted, String html, String charset, List<MimePart> bodyParts) {

    public static EmailBody of(ParsedEmail email, ProblemLog problems) {
        Map<Integer, Integer> chosen = chosenBranches(email.parts());
        List<MimePart> selected = email.parts().stream().filter(p -> p.isBody() && isChosen(p, chosen)).toList();
        StringBuilder own = new StringBuilder();
        StringBuilder attached = new StringBuilder();
        String charset = null;
        for (MimePart part : selected) {
            Charsets.Decoded decoded = Charsets.decode(part.content(), part.charset(), part.isHtml(), problems);
            String text = part.isHtml() ? HtmlText.toText(decoded.text()) : decoded.text();
            if (part.messageDepth() == 0) {
                charset = charset == null ? decoded.charset() : charset;
                appendParagraph(own, text);
            } else {
                appendParagraph(attached, text);
            }
        }
        QuoteSplitter.Split split = QuoteSplitter.split(own.toString());
        String quoted = split.quoted();
        if (attached.length() > 0) {
            quoted = quoted.isEmpty() ? attached.toString().strip() : quoted + "\n\n" + attached.toString().strip();
        }
        return new EmailBody(split.text(), quoted, html(email.parts(), problems), charset, selected);
    }

    /** Per multipart/alternative: the child holding text/plain, else the last child holding HTML. */
    private static Map<Integer, Integer> chosenBranches(List<MimePart> parts) {
        Map<Integer, Integer> plain = new HashMap<>();
        Map<Integer, Integer> html = new HashMap<>();
        for (MimePart part : parts) {
            if (!part.isBody()) {
                continue;
            }
            for (MimePart.Branch branch : part.branches()) {
                if (part.isHtml()) {
                    html.merge(branch.alternative(), branch.child(), Math::max);
                } else {
                    plain.merge(branch.alternative(), branch.child(), Math::min);
                }
            }
        }
        Map<Integer, Integer> chosen = new HashMap<>(html);
        chosen.putAll(plain);
        return chosen;
    }

    private static boolean isChosen(MimePart part, Map<Integer, Integer> chosen) {
        for (MimePart.Branch branch : part.branches()) {
            Integer child = chosen.get(branch.alternative());
            if (child != null && child != branch.child()) {
                return false;
            }
        }
        return true;
    }

    /** The first HTML body part of the message itself, reduced to jsoup's safelist. */
    private static String html(List<MimePart> parts, ProblemLog problems) {
        MimePart part = parts.stream().filter(p -> p.isBody() && p.isHtml() && p.messageDepth() == 0).findFirst()
                .orElse(null);
        if (part == null) {
            return null;
        }
        String sanitized = HtmlText.sanitize(Charsets.decode(part.content(), part.charset(), true, problems).text());
        return sanitized.isBlank() ? null : sanitized;
    }

    private static void appendParagraph(StringBuilder out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text.strip());
    }
}
