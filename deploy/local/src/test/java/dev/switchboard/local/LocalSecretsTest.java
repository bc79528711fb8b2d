package dev.switchboard.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.testkit.TokenIssuer;

class LocalSecretsTest {

    @Test
    void tokensAndTheConnectorKeyOutliveARestart(@TempDir Path keys) throws Exception {
        LocalSecrets first = LocalSecrets.openOrCreate(keys);
        PublicKey publishedAtFirstStart = publicKey(first.publicKeyFile());

        LocalSecrets second = LocalSecrets.openOrCreate(keys);

        assertEquals(first.connectorApiKey(), second.connectorApiKey());
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(publishedAtFirstStart)
                .setExpectedIssuer(TokenIssuer.ISSUER)
                .setSkipDefaultAudienceValidation()
                .build()
                .processToClaims(second.tokens().agentToken("ana"));
        assertEquals("ana", claims.getSubject());
    }

    @Test
    void eachInstallationGetsItsOwnConnectorKey(@TempDir Path one, @TempDir Path two) {
        assertNotEquals(LocalSecrets.openOrCreate(one).connectorApiKey(),
                LocalSecrets.openOrCreate(two).connectorApiKey());
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
