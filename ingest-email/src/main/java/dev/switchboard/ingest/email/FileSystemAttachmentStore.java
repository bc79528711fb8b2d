package dev.switchboard.ingest.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The default store: files under {@code switchboard.email.attachments.path}, named by SHA-256 and spread over
 * 256 directories. Written to a temporary file and moved in place, so a reader never sees half a file.
 */
@ApplicationScoped
@DefaultBean
public class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root;

    public FileSystemAttachmentStore(EmailSettings settings) {
        this.root = settings.attachments().path().toAbsolutePath();
    }

    @Override
    public String store(String sha256, byte[] bytes) {
        Path target = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temp, bytes);
                move(temp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + sha256, e);
        }
        return target.toUri().toString();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
