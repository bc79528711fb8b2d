package dev.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The third-party payloads in {@code shared/corpus}, read where they are (beside the repository), never copied in.
 * Found by walking up from the working directory; {@code SWITCHBOARD_CORPUS} overrides.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        String override = System.getenv("SWITCHBOARD_CORPUS");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpus not found above " + Path.of("").toAbsolutePath()
                + "; set SWITCHBOARD_CORPUS");
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below a corpus folder, sorted, so a test covers files added later too. */
    public static List<Path> files(String folder) {
        try (Stream<Path> walk = Files.walk(file(folder))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
