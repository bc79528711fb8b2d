package dev.switchboard.ingest.email;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.EncoderUtil;

/**
 * A message a provider posted as fields instead of MIME: its header fields (a header block, name/value pairs, or
 * both), the text and HTML bodies in the charsets the provider states, and the attachment files. Nothing is rebuilt
 * into MIME: the normalizer reads these through the same header, body, threading and flag code as a raw message,
 * so a mail gives the same canonical message whether its provider posted it raw or parsed.
 */
public final class WebhookEmail {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final List<HeaderField> headers = new ArrayList<>();
    private final List<HeaderField> fallbacks = new ArrayList<>();
    private final List<MimePart> attachments = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private byte[] headerBlock;
    private Charset headerHint;
    private Body text;
    private Body html;

    private record Body(byte[] content, String charset) {
    }

    /** The raw header block of the mail; 8-bit bytes that are not UTF-8 are read in {@code hint} (may be null). */
    public WebhookEmail headerBlock(byte[] block, Charset hint) {
        this.headerBlock = block;
        this.headerHint = hint;
        return this;
    }

    /** One header field of the mail, as the provider lists it. */
    public WebhookEmail header(String name, String value) {
        if (name != null && !name.isBlank()) {
            headers.add(new HeaderField(name.strip(), value == null ? "" : HeaderField.unfold(value).strip()));
        }
        return this;
    }

    /** A field the provider also gives on its own, used only when the header fields do not have it. */
    public WebhookEmail fallback(String name, String value) {
        if (value != null && !value.isBlank()) {
            fallbacks.add(new HeaderField(name, HeaderField.unfold(value).strip()));
        }
        return this;
    }

    public WebhookEmail text(byte[] content, String charset) {
        this.text = content == null || content.length == 0 ? null : new Body(content, charset);
        return this;
    }

    public WebhookEmail text(String content) {
        return text(content == null ? null : content.getBytes(StandardCharsets.UTF_8), "utf-8");
    }

    public WebhookEmail html(byte[] content, String charset) {
        this.html = content == null || content.length == 0 ? null : new Body(content, charset);
        return this;
    }

    public WebhookEmail html(String content) {
        return html(content == null ? null : content.getBytes(StandardCharsets.UTF_8), "utf-8");
    }

    public WebhookEmail attachment(String fileName, String mediaType, String contentId, byte[] content) {
        String type = mediaType == null || mediaType.indexOf('/') < 1 ? OCTET_STREAM
                : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        attachments.add(new MimePart(type, null, "attachment", fileName == null || fileName.isBlank() ? null : fileName,
                contentId, null, content, List.of(), 0, false));
        return this;
    }

    public WebhookEmail problem(String problem) {
        problems.add(problem);
        return this;
    }

    /** "Name <address>" with the name quoted or encoded as RFC 5322 needs, so the address parser reads it back. */
    public static String mailbox(String name, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return name == null || name.isBlank() ? address.strip()
                : EncoderUtil.encodeAddressDisplayName(name.strip()) + " <" + address.strip() + ">";
    }

    /** The message as the normalizer reads it; {@code parser} reads the header block. */
    ParsedEmail parse(MimeParser parser) {
        List<String> found = new ArrayList<>(problems);
        List<HeaderField> fields = new ArrayList<>();
        if (headerBlock != null && headerBlock.length > 0) {
            ParsedEmail block = parser.parseHeaders(headerBlock, headerHint);
            fields.addAll(block.headers());
            found.addAll(block.problems());
        }
        fields.addAll(headers);
        for (HeaderField fallback : fallbacks) {
            if (fields.stream().noneMatch(f -> f.name().equalsIgnoreCase(fallback.name()))) {
                fields.add(fallback);
            }
        }
        ProblemLog typeProblems = new ProblemLog();
        EntityHeaders entity = EntityHeaders.of(fields, "text/plain", typeProblems);
        found.addAll(typeProblems.problems());

        List<MimePart> parts = new ArrayList<>();
        boolean alternative = text != null && html != null;
        if (text != null) {
            parts.add(body("text/plain", text, alternative ? 0 : -1));
        }
        if (html != null) {
            parts.add(body("text/html", html, alternative ? 1 : -1));
        }
        parts.addAll(attachments);
        String reportType = entity.mediaType().equals("multipart/report") ? entity.parameter("report-type") : null;
        return new ParsedEmail(List.copyOf(fields), entity.mediaType(), reportType, parts, List.of(), found,
                parts.size());
    }

    /** A body part; both bodies are the two renderings of one multipart/alternative, as the provider read them. */
    private static MimePart body(String mediaType, Body body, int alternativeChild) {
        List<MimePart.Branch> branches = alternativeChild < 0 ? List.of() : List.of(new MimePart.Branch(1, alternativeChild));
        return new MimePart(mediaType, body.charset(), null, null, null, null, body.content(), branches, 0, false);
    }
}
