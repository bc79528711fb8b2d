package dev.switchboard.ingest.email.api;

import java.net.URI;
import java.security.PublicKey;

/** Where SNS signing keys come from. The default fetches the certificate; tests give a key of their own. */
public interface SnsCertificates {

    /**
     * The public key of the certificate at {@code url}, which is already known to be an https URL on an SNS host.
     * Throws a {@link dev.switchboard.servicekit.ProblemException}: unauthorized for an unusable certificate,
     * unavailable when it cannot be fetched now.
     */
    PublicKey publicKey(URI url);
}
