package dev.switchboard.ingest.email;

import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.DefaultFieldBuilder;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;

/**
 * mime4j's field builder, except that a line mime4j skips because it is no header field is reported with its
 * text (cut short), so the problem list says what was skipped instead of only that something was.
 */
final class KeepingFieldBuilder implements FieldBuilder {

    private static final int SHOWN = 120;

    private final DefaultFieldBuilder delegate = new DefaultFieldBuilder(-1);
    private final ProblemLog problems;

    KeepingFieldBuilder(ProblemLog problems) {
        this.problems = problems;
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void append(ByteArrayBuffer line) throws MimeException {
        delegate.append(line);
    }

    @Override
    public RawField build() throws MimeException {
        try {
            return delegate.build();
        } catch (MimeException e) {
            RecycledByteArrayBuffer raw = delegate.getRaw();
            if (raw != null && raw.length() > 0 && !new String(raw.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                String line = Charsets.decodeHeaderBytes(raw.toByteArray(), null).strip();
                problems.add("not a header field, skipped: \"" + (line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line) + "\"");
            }
            throw e;
        }
    }

    @Override
    public RecycledByteArrayBuffer getRaw() {
        return delegate.getRaw();
    }

    @Override
    public void release() {
        delegate.release();
    }
}
