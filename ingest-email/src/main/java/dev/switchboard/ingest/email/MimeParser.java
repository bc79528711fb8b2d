package dev.switchboard.ingest.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Reads a raw RFC 5322 message with mime4j's token stream, leniently: every problem mime4j or this class finds is
 * recorded, never thrown. Nesting deeper than {@link MimeLimits#maxDepth()} is kept as one opaque part; parts past
 * {@link MimeLimits#maxParts()} are not read; both are reported.
 */
public final class MimeParser {

    private static final String UNREADABLE = "MIME structure unreadable";

    /** Line endings as found in practice, not worth a MALFORMED flag. */
    private static final java.util.Set<String> BENIGN = java.util.Set.of(
            "Found LF without CR", "Found non-standard soft line break");

    private final MimeLimits limits;

    public MimeParser(MimeLimits limits) {
        this.limits = limits;
    }

    public ParsedEmail parse(byte[] raw) {
        int start = afterMboxFromLine(raw);
        return new Run(raw, start, false, null).parse();
    }

    /**
     * Reads a bare header block, as providers post it beside the parsed body ({@code headers} of SendGrid Inbound
     * Parse): the fields as {@link #parse} reads them, no parts. Raw 8-bit bytes that are not UTF-8 are read in
     * {@code hint} (may be null) unless the block's Content-Type names a charset.
     */
    public ParsedEmail parseHeaders(byte[] block, Charset hint) {
        int end = block.length;
        while (end > 0 && Character.isWhitespace(block[end - 1])) {
            end--;
        }
        // Exactly one blank line after the fields, so the header ends where the block does.
        byte[] terminated = Arrays.copyOf(block, end + 4);
        terminated[end] = '\r';
        terminated[end + 1] = '\n';
        terminated[end + 2] = '\r';
        terminated[end + 3] = '\n';
        return new Run(terminated, 0, true, hint).parse();
    }

    /** An mbox "From " envelope line (as procmail and mail archives leave it) is no header; skip it. */
    static int afterMboxFromLine(byte[] raw) {
        if (raw.length < 5 || raw[0] != 'F' || raw[1] != 'r' || raw[2] != 'o' || raw[3] != 'm' || raw[4] != ' ') {
            return 0;
        }
        for (int i = 5; i < raw.length; i++) {
            if (raw[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /** One parse; the token stream is a state machine, so is this. */
    private final class Run {

        private final byte[] raw;
        private final int start;
        private final boolean headersOnly;
        private final Charset headerHint;
        private final ProblemLog problems = new ProblemLog(BENIGN);
        private final MimeTokenStream stream;
        private final Deque<Container> containers = new ArrayDeque<>();
        private final List<MimePart> parts = new ArrayList<>();
        private final List<List<HeaderField>> attachedHeaders = new ArrayList<>();
        private List<HeaderField> topHeaders;
        private List<Field> entityFields = new ArrayList<>();
        private List<HeaderField> entityHeaders = new ArrayList<>();
        private EntityHeaders entity;
        private String topType;
        private String reportType;
        private int messageDepth = -1;
        private int alternatives;
        private int bodyParts;
        private boolean flattened;

        Run(byte[] raw, int start, boolean headersOnly, Charset headerHint) {
            this.raw = raw;
            this.start = start;
            this.headersOnly = headersOnly;
            this.headerHint = headerHint;
            MimeConfig config = new MimeConfig.Builder()
                    .setStrictParsing(false)
                    .setMaxLineLen(-1)
                    .setMaxHeaderLen(-1)
                    .setMaxContentLen(-1)
                    .setMaxHeaderCount(limits.maxHeaders())
                    // A line that is no header field is skipped (and reported with its text by KeepingFieldBuilder):
                    // mime4j's alternative, pushing it back as body, loses the line after it.
                    .setMalformedHeaderStartsBody(false)
                    .build();
            this.stream = new MimeTokenStream(config, problems, new KeepingFieldBuilder(problems),
                    new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), problems));
            stream.setRecursionMode(RecursionMode.M_RECURSE);
        }

        ParsedEmail parse() {
            stream.parse(new ByteArrayInputStream(raw, start, raw.length - start));
            try {
                for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                    if (!step(state)) {
                        break;
                    }
                }
            } catch (MimeException | IOException | RuntimeException e) {
                problems.add(UNREADABLE + " past this point: " + e.getMessage());
            }
            if (topHeaders == null) {
                topHeaders = entityFields.stream().map(f -> HeaderField.of(f, null)).toList();
            }
            return new ParsedEmail(topHeaders, topType == null ? "text/plain" : topType, reportType, parts,
                    attachedHeaders, problems.problems(), bodyParts);
        }

        private boolean step(EntityState state) throws IOException {
            switch (state) {
                case T_START_MESSAGE:
                    messageDepth++;
                    containers.push(new Container("message/rfc822", -1));
                    entityFields = new ArrayList<>();
                    break;
                case T_END_MESSAGE:
                    messageDepth--;
                    containers.poll();
                    break;
                case T_START_BODYPART:
                    if (++bodyParts > limits.maxParts()) {
                        problems.add("more than " + limits.maxParts() + " MIME parts; the rest was not read");
                        return false;
                    }
                    containers.peek().children++;
                    entityFields = new ArrayList<>();
                    break;
                case T_FIELD:
                    entityFields.add(stream.getField());
                    break;
                case T_END_HEADER:
                    endHeader();
                    if (headersOnly) {
                        return false;
                    }
                    break;
                case T_START_MULTIPART:
                    startMultipart();
                    break;
                case T_END_MULTIPART:
                    containers.poll();
                    break;
                case T_BODY:
                    body();
                    break;
                default:
                    break;
            }
            return true;
        }

        private void endHeader() {
            entityHeaders = entityFields.stream().map(f -> HeaderField.of(f, null)).toList();
            entity = EntityHeaders.of(entityHeaders, defaultType(), problems);
            Charset declared = Charsets.lookup(entity.parameter("charset"));
            Charset hint = declared == null && topHeaders == null ? headerHint : declared;
            if (hint != null) {
                // Raw 8-bit header bytes that are not UTF-8 were most likely written in the body's charset.
                entityHeaders = entityFields.stream().map(f -> HeaderField.of(f, hint)).toList();
            }
            if (topHeaders == null) {
                topHeaders = List.copyOf(entityHeaders);
                topType = entity.mediaType();
                if (entity.mediaType().equals("multipart/report")) {
                    reportType = entity.parameter("report-type");
                }
            } else if (messageDepth > 0 && isMessageStart()) {
                attachedHeaders.add(List.copyOf(entityHeaders));
            }
            boolean container = entity.mediaType().startsWith("multipart/") || entity.mediaType().equals("message/rfc822");
            if (container && depth() >= limits.maxDepth()) {
                problems.add("MIME nesting deeper than " + limits.maxDepth() + "; the rest is kept as one part");
                stream.setRecursionMode(RecursionMode.M_FLAT);
                flattened = true;
            }
        }

        private String defaultType() {
            Container parent = containers.peek();
            return parent != null && parent.type.equals("multipart/digest") && !isMessageStart()
                    ? "message/rfc822" : "text/plain";
        }

        private boolean isMessageStart() {
            Container top = containers.peek();
            return top != null && top.type.equals("message/rfc822") && top.children == 0;
        }

        private void startMultipart() {
            String subtype = entity.mediaType();
            if (stream.getBodyDescriptor().getBoundary() == null) {
                problems.add(subtype + " without a boundary");
            }
            int alternative = subtype.equals("multipart/alternative") ? ++alternatives : -1;
            containers.push(new Container(subtype, alternative));
        }

        private void body() throws IOException {
            boolean opaque = flattened;
            if (flattened) {
                stream.setRecursionMode(RecursionMode.M_RECURSE);
                flattened = false;
            }
            String encoding = stream.getBodyDescriptor().getTransferEncoding();
            byte[] content = opaque ? stream.getInputStream().readAllBytes() : decoded(encoding);
            String mediaType = entity.mediaType();
            if (mediaType.startsWith("multipart/") && !opaque) {
                // A multipart without a boundary: mime4j hands it over whole; read it as text rather than lose it.
                mediaType = "text/plain";
            }
            parts.add(new MimePart(mediaType, entity.parameter("charset"), entity.disposition(), entity.fileName(),
                    entity.contentId(), encoding, content, branches(), Math.max(0, messageDepth), opaque));
        }

        private byte[] decoded(String encoding) throws IOException {
            InputStream in = stream.getInputStream();
            String cte = encoding == null ? "" : encoding.toLowerCase(Locale.ROOT);
            if (cte.equals("base64")) {
                in = new Base64InputStream(in, problems);
            } else if (cte.equals("quoted-printable")) {
                in = new QuotedPrintableInputStream(in, problems);
            } else if (!cte.isEmpty() && !cte.equals("7bit") && !cte.equals("8bit") && !cte.equals("binary")) {
                problems.add("transfer encoding '" + encoding + "' kept as is");
            }
            return in.readAllBytes();
        }

        private List<MimePart.Branch> branches() {
            List<MimePart.Branch> branches = new ArrayList<>();
            for (Container container : containers) {
                if (container.alternative > 0) {
                    branches.add(new MimePart.Branch(container.alternative, container.children));
                }
            }
            return branches;
        }

        /** Nesting of multiparts and attached messages above the current entity. */
        private int depth() {
            return containers.size();
        }
    }

    private static final class Container {
        final String type;
        final int alternative;
        int children;

        Container(String type, int alternative) {
            this.type = type;
            this.alternative = alternative;
        }
    }
}
