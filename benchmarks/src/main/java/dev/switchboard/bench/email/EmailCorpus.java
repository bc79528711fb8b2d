package dev.switchboard.bench.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.switchboard.testkit.Corpus;

/** The raw messages of {@code shared/corpus/email}, as ingest-email's corpus test posts them. */
public final class EmailCorpus {

    private EmailCorpus() {
    }

    public static List<byte[]> messages() {
        // html_reply_bodies holds HTML fragments for the quote splitter, not messages.
        List<byte[]> messages = Corpus.files("email").stream()
                .filter(f -> !f.toString().contains("html_reply_bodies"))
                .map(EmailCorpus::read)
                .toList();
        if (messages.isEmpty()) {
            throw new IllegalStateException("no messages under " + Corpus.file("email"));
        }
        return messages;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
