package dev.switchboard.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes a Quarkus test trust the tokens of {@link TokenIssuer#shared()}. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TokenIssuer.shared().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.ISSUER);
    }

    @Override
    public void stop() {
        // The key pair lives as long as the JVM.
    }
}
