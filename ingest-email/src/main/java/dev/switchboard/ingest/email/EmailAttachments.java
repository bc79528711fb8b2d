package dev.switchboard.ingest.email;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.ingest.core.IngestSettings;
import dev.switchboard.servicekit.ProblemException;

/**
 * Describes every part that is not body text (name, media type, size, SHA-256) and stores its bytes through the
 * {@link AttachmentStore}; parts over the size cap are described but not stored.
 */
@ApplicationScoped
public class EmailAttachments {

    static final String TNEF = "application/ms-tnef";

    private final AttachmentStore store;
    private final EmailSettings settings;
    private final IngestSettings ingest;

    public EmailAttachments(AttachmentStore store, EmailSettings settings, IngestSettings ingest) {
        this.store = store;
        this.settings = settings;
        this.ingest = ingest;
    }

    /** The attachments and how many of them were too large to keep. */
    public record Stored(List<Attachment> attachments, int notStored) {
    }

    public Stored store(ParsedEmail email) {
        List<Attachment> attachments = new ArrayList<>();
        int notStored = 0;
        for (MimePart part : email.parts()) {
            if (part.isBody()) {
                // Body text, or the other rendering of it in a multipart/alternative: not a file.
                continue;
            }
            String sha256 = Threading.sha256(part.content());
            String location = null;
            if (part.content().length <= settings.attachments().maxSize().asLongValue()) {
                location = keep(sha256, part.content());
            } else {
                notStored++;
            }
            attachments.add(new Attachment(part.fileName(), mediaType(part), (long) part.content().length, sha256,
                    location));
        }
        return new Stored(attachments, notStored);
    }

    /** The raw message, kept so that whatever the canonical message cannot hold is still there. */
    public String storeRaw(byte[] raw, String sha256) {
        if (!settings.attachments().storeRaw() || raw.length > settings.attachments().maxSize().asLongValue()) {
            return null;
        }
        return keep(sha256, raw);
    }

    private String keep(String sha256, byte[] bytes) {
        try {
            return store.store(sha256, bytes);
        } catch (UncheckedIOException e) {
            throw ProblemException.unavailable("attachment store", ingest.retryAfter());
        }
    }

    static String mediaType(MimePart part) {
        return part.isTnef() ? TNEF : part.mediaType().toLowerCase(Locale.ROOT);
    }
}
