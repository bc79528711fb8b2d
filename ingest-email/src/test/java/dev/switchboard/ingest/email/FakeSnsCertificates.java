package dev.switchboard.ingest.email;

import java.net.URI;
import java.security.PublicKey;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.ingest.email.api.SnsCertificates;
import io.quarkus.test.Mock;

/** Every SNS signing certificate is the test signer's key: nothing is fetched. */
@Mock
@ApplicationScoped
public class FakeSnsCertificates implements SnsCertificates {

    @Override
    public PublicKey publicKey(URI url) {
        return SnsTestSigner.publicKey();
    }
}
