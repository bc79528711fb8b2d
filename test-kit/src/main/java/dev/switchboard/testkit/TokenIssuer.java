package dev.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints RS256 bearer tokens the services accept (SmallRye JWT: {@code sub} is the agent id, {@code groups} the
 * roles). Tests and the local launcher use it; production tokens come from the organisation's identity provider.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://switchboard.local/issuer";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    public static final String CONNECTOR = "connector";

    private static TokenIssuer shared;

    private final KeyPair keys;
    private final Path publicKeyFile;

    private TokenIssuer(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    /** One key pair per JVM, its public key written to a temporary PEM file. */
    public static synchronized TokenIssuer shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("switchboard-keys-");
                shared = create(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A new key pair; the public key is written to {@code dir/public-key.pem}. */
    public static TokenIssuer create(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path file = dir.resolve("public-key.pem");
            Files.writeString(file, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            return new TokenIssuer(keys, file);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Could not create a signing key", e);
        }
    }

    /**
     * The key pair kept in {@code dir} ({@code private-key.pem}, {@code public-key.pem}), made there on first use,
     * so tokens minted by the local launcher stay valid across its restarts.
     */
    public static TokenIssuer persistent(Path dir) {
        Path privateFile = dir.resolve("private-key.pem");
        Path publicFile = dir.resolve("public-key.pem");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                KeyPair keys = new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile)))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile)))));
                return new TokenIssuer(keys, publicFile);
            }
            TokenIssuer issuer = create(dir);
            Files.writeString(privateFile, pem("PRIVATE KEY", issuer.keys.getPrivate().getEncoded()));
            privateFile.toFile().setReadable(false, false);
            privateFile.toFile().setReadable(true, true);
            return issuer;
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not read or write the signing key in " + dir, e);
        }
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public String agentToken(String agentId) {
        return token(agentId, List.of(AGENT), Duration.ofHours(12));
    }

    public String supervisorToken(String userId) {
        return token(userId, List.of(SUPERVISOR, ADMIN), Duration.ofHours(12));
    }

    public String token(String subject, List<String> groups, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", groups);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
