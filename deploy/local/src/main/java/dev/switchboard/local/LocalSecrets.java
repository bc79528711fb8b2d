package dev.switchboard.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import dev.switchboard.testkit.TokenIssuer;

/**
 * The secrets of a local installation, made once under {@code <data>/keys} and reused at every start, so demo
 * tokens and the connector key printed yesterday still work today.
 */
public record LocalSecrets(TokenIssuer tokens, String connectorApiKey) {

    private static final String API_KEY_FILE = "connector-api-key";

    public static LocalSecrets openOrCreate(Path keys) {
        try {
            Files.createDirectories(keys);
            TokenIssuer tokens = TokenIssuer.persistent(keys);
            Path keyFile = keys.resolve(API_KEY_FILE);
            if (!Files.exists(keyFile)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(keyFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                        StandardCharsets.UTF_8);
                keyFile.toFile().setReadable(false, false);
                keyFile.toFile().setReadable(true, true);
            }
            return new LocalSecrets(tokens, Files.readString(keyFile, StandardCharsets.UTF_8).trim());
        } catch (IOException | IllegalStateException e) {
            throw new LaunchException("Could not read or create the keys in " + keys + " (" + Preflight.reason(e)
                    + "): remove that folder to make new ones.");
        }
    }

    public Path publicKeyFile() {
        return tokens.publicKeyFile();
    }
}
