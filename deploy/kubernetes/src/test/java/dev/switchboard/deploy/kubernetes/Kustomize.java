package dev.switchboard.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders an overlay the way an operator applies it (docs/operations.md "Deploy"): in a copy of this module's
 * manifests, the committed {@code secrets/*.env.example} files become the {@code secrets/*.env} files and a fresh
 * RSA public key becomes {@code jwt-public-key.pem}; then {@code kubectl kustomize}. Real secrets in the working
 * tree are never read.
 */
final class Kustomize {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static String render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::renderFresh);
    }

    private static String renderFresh(String overlay) {
        try {
            Path copy = Files.createTempDirectory("switchboard-kustomize");
            copyTree(MODULE.resolve("base"), copy.resolve("base"));
            copyTree(MODULE.resolve("overlays"), copy.resolve("overlays"));
            Path overlayDir = copy.resolve("overlays").resolve(overlay);
            materializeExamples(overlayDir);
            Files.writeString(overlayDir.resolve("jwt-public-key.pem"), publicKeyPem(), StandardCharsets.US_ASCII);
            return run(List.of(kubectl(), "kustomize", overlayDir.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("kubectl is not on PATH: these tests render the overlays with `kubectl kustomize`"
                + " (kubectl 1.27+ bundles kustomize v5). Install kubectl, e.g. `apt-get install kubectl`.");
    }

    private static String run(List<String> command) throws IOException {
        Path out = Files.createTempFile("kustomize", ".yaml");
        Path err = Files.createTempFile("kustomize", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 2 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + Files.readString(err));
        }
        return Files.readString(out);
    }

    private static void materializeExamples(Path overlay) throws IOException {
        try (Stream<Path> files = Files.walk(overlay)) {
            for (Path example : files.filter(p -> p.toString().endsWith(".example")).toList()) {
                String name = example.getFileName().toString();
                Files.copy(example, example.resolveSibling(name.substring(0, name.length() - ".example".length())),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!isOperatorFile(source)) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Files an operator makes from the examples; the copy gets fresh ones instead. */
    private static boolean isOperatorFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".env") || name.equals("jwt-public-key.pem");
    }

    private static String publicKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
