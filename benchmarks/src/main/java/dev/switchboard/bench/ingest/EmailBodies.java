package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.bench.email.EmailCorpus;
import dev.switchboard.testkit.Corpus;
import io.vertx.core.buffer.Buffer;

/**
 * The email corpus as an MTA pipe or a connector posts it: every raw message under {@code shared/corpus/email} in
 * turn ({@code POST /v1/email/raw}, message/rfc822), and every tenth post a Postmark inbound webhook from
 * {@code shared/corpus/email-webhook/postmark-inbound} ({@code POST /v1/email/postmark}). Each post gets a Message-ID
 * of its own, {@code <bench-<run>-<n>@switchboard.invalid>}, which becomes its record's providerMessageId: the
 * message's own Message-ID fields are replaced by it (or it is added first when there is none), and every other
 * byte is the corpus file's.
 */
public final class EmailBodies implements Bodies {

    static final String RAW_PATH = "/v1/email/raw";
    static final String POSTMARK_PATH = "/v1/email/postmark";
    static final String DOMAIN = "@switchboard.invalid";
    /** Every n-th post is a Postmark webhook; 0 for none. */
    static final int POSTMARK_EVERY = 10;

    private static final Pattern MESSAGE_ID = Pattern.compile("(?i)^message-id[ \\t]*:");
    private static final String PLACEHOLDER = "@@MESSAGE-ID@@";
    private static final Map<String, String> RAW = Map.of("Content-Type", "message/rfc822");
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final List<String> POSTMARK_FILES = List.of(
            "email-webhook/postmark-inbound/anymail_postmark-inbound-test-payload.json",
            "email-webhook/postmark-inbound/mvdnbrk_inbound.json");

    private final String prefix;
    private final List<Template> raw;
    private final List<Template> postmark;

    /** {@code run} makes this run's ids differ from any other's on the same broker. */
    public EmailBodies(String run, boolean withPostmark) {
        this.prefix = "bench-" + run + "-";
        this.raw = EmailCorpus.messages().stream().map(EmailBodies::rawTemplate).toList();
        this.postmark = withPostmark ? POSTMARK_FILES.stream().map(f -> postmarkTemplate(Corpus.bytes(f))).toList()
                : List.of();
    }

    /** The Message-ID post {@code n} carries, without its angle brackets. */
    String messageId(int n) {
        return prefix + n + DOMAIN;
    }

    boolean isPostmark(int n) {
        return !postmark.isEmpty() && n % POSTMARK_EVERY == POSTMARK_EVERY - 1;
    }

    int rawMessages() {
        return raw.size();
    }

    @Override
    public Post post(int n) {
        if (isPostmark(n)) {
            Template template = postmark.get((n / POSTMARK_EVERY) % postmark.size());
            return new Post(POSTMARK_PATH, JSON, template.fill("<" + messageId(n) + ">"));
        }
        return new Post(RAW_PATH, RAW, raw.get(n % raw.size()).fill("<" + messageId(n) + ">"));
    }

    @Override
    public int yields(int n) {
        return 1;
    }

    @Override
    public long recordOf(String providerMessageId) {
        if (providerMessageId == null || !providerMessageId.startsWith(prefix) || !providerMessageId.endsWith(DOMAIN)) {
            return -1;
        }
        return Bodies.record(Integer.parseInt(providerMessageId.substring(prefix.length(),
                providerMessageId.length() - DOMAIN.length())), 0);
    }

    /**
     * The message split where its Message-ID goes: the first Message-ID field of the top header is replaced and any
     * further ones dropped; without one, the field goes first (after an mbox "From " line).
     */
    static Template rawTemplate(byte[] message) {
        // ISO-8859-1 maps every byte to one char and back, so the rest of the message stays byte for byte.
        String text = new String(message, StandardCharsets.ISO_8859_1);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        int headerEnd = headerEnd(text);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean placed = false;
        int fieldsStart = text.startsWith("From ") ? lineEnd(text, 0) : 0;
        before.append(text, 0, fieldsStart);
        int at = fieldsStart;
        while (at < headerEnd) {
            int end = lineEnd(text, at);
            while (end < headerEnd && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end = lineEnd(text, end); // a folded field goes with its first line
            }
            String field = text.substring(at, end);
            if (MESSAGE_ID.matcher(field).find()) {
                if (!placed) {
                    before.append("Message-ID: ");
                    after.append(eol);
                    placed = true;
                }
            } else {
                (placed ? after : before).append(field);
            }
            at = end;
        }
        after.append(text, headerEnd, text.length());
        if (!placed) {
            before.setLength(fieldsStart);
            before.append("Message-ID: ");
            after.setLength(0);
            after.append(eol).append(text, fieldsStart, text.length());
        }
        return new Template(before.toString().getBytes(StandardCharsets.ISO_8859_1),
                after.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A Postmark payload with its Message-ID header (added if missing) as the placeholder. */
    static Template postmarkTemplate(byte[] json) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode payload = (ObjectNode) mapper.readTree(json);
            ArrayNode headers = payload.withArray("Headers");
            JsonNode existing = null;
            for (JsonNode header : headers) {
                if ("message-id".equalsIgnoreCase(header.path("Name").asText())) {
                    existing = header;
                }
            }
            if (existing == null) {
                existing = headers.addObject().put("Name", "Message-ID");
            }
            ((ObjectNode) existing).put("Value", PLACEHOLDER);
            String text = mapper.writeValueAsString(payload);
            List<String> parts = new ArrayList<>(List.of(text.split(Pattern.quote(PLACEHOLDER), -1)));
            return new Template(parts.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("not a Postmark payload", e);
        }
    }

    /** Where the header ends: at the empty line that separates it from the body, or the end of the message. */
    private static int headerEnd(String text) {
        Matcher blank = Pattern.compile("\\r?\\n\\r?\\n").matcher(text);
        return blank.find() ? blank.start() + (text.charAt(blank.start()) == '\r' ? 2 : 1) : text.length();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** Fixed bytes with the Message-ID between each two. */
    record Template(List<byte[]> parts) {

        Template(byte[] before, byte[] after) {
            this(List.of(before, after));
        }

        Buffer fill(String messageId) {
            byte[] id = messageId.getBytes(StandardCharsets.US_ASCII);
            Buffer body = Buffer.buffer(parts.stream().mapToInt(p -> p.length).sum() + id.length * parts.size());
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    body.appendBytes(id);
                }
                body.appendBytes(parts.get(i));
            }
            return body;
        }
    }
}
