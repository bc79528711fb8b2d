package dev.switchboard.ingest.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.testkit.Corpus;

/**
 * One webhook body of the shared corpus: a whole file, or one value of a keyed WhatsApp collection (a JSON object
 * whose keys are case names). Files are read in place, byte for byte, byte-order mark included.
 */
public record CorpusCase(String name, String folder, byte[] body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String toString() {
        return name;
    }

    public static List<CorpusCase> all() {
        List<Path> files = new ArrayList<>(Corpus.files("social"));
        Corpus.files("phone").stream()
                .filter(file -> file.getParent().getFileName().toString().startsWith("whatsapp-calling"))
                .forEach(files::add);
        List<CorpusCase> cases = new ArrayList<>();
        for (Path file : files) {
            String folder = file.getParent().getFileName().toString();
            String name = folder + "/" + file.getFileName();
            byte[] bytes = read(file);
            if (folder.startsWith("whatsapp")) {
                JsonNode collection = parse(bytes);
                collection.fieldNames().forEachRemaining(key -> cases.add(
                        new CorpusCase(name + "#" + key, folder, write(collection.get(key)))));
            } else {
                cases.add(new CorpusCase(name, folder, bytes));
            }
        }
        return cases;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF;
            return bom ? MAPPER.readTree(bytes, 3, bytes.length - 3) : MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
