package dev.switchboard.ingest.email;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * HTML mail as readable text, through jsoup's parser (the HTML is never rendered or executed): block elements
 * and {@code <br>} become line breaks, blockquotes and the quote containers of common mail clients become
 * {@code >}-quoted lines so the quote splitter treats them as history.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "ul", "ol", "pre", "hr", "blockquote", "section", "article", "header", "footer", "dt", "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template");

    private HtmlText() {
    }

    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        append(document.body() == null ? document : document.body(), out, 0);
        return tidy(out.toString());
    }

    /** The HTML reduced to jsoup's relaxed safelist: no scripts, styles, event handlers or remote frames. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, Safelist.relaxed());
    }

    private static void append(Node node, StringBuilder out, int quoteLevel) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                String text = ((TextNode) child).getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                if (!text.isBlank() || !atLineStart(out)) {
                    if (atLineStart(out)) {
                        out.append("> ".repeat(quoteLevel));
                        text = text.stripLeading();
                    }
                    out.append(text);
                }
            } else if (child instanceof Element) {
                Element element = (Element) child;
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                int level = isQuote(element) ? quoteLevel + 1 : quoteLevel;
                if (block) {
                    newLine(out);
                }
                append(element, out, level);
                if (block || tag.equals("br")) {
                    newLine(out);
                }
            }
        }
    }

    private static boolean isQuote(Element element) {
        return element.normalName().equals("blockquote")
                || element.hasClass("gmail_quote") && !element.hasClass("gmail_attr")
                || element.hasClass("yahoo_quoted")
                || element.id().equals("divRplyFwdMsg") || element.id().equals("appendonsend");
    }

    private static void newLine(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    private static boolean atLineStart(StringBuilder out) {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private static String tidy(String text) {
        return text.replaceAll("(?m)[ \\t]+$", "").replaceAll("\n{3,}", "\n\n").strip();
    }
}
