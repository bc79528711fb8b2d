package dev.switchboard.ingest.email.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.ingest.core.IngestMetrics;
import dev.switchboard.ingest.email.EmailSettings;
import dev.switchboard.servicekit.ProblemException;

/**
 * Proves an SNS message came from one of the configured topics through SNS: the topic is listed, the signing
 * certificate is served by SNS over https, and its key verifies the signature over the canonical string (SHA1withRSA
 * for SignatureVersion 1, SHA256withRSA for 2).
 */
@ApplicationScoped
public class SnsSignatureVerifier {

    private final SnsCertificates certificates;
    private final EmailSettings settings;
    private final IngestMetrics metrics;

    public SnsSignatureVerifier(SnsCertificates certificates, EmailSettings settings, IngestMetrics metrics) {
        this.certificates = certificates;
        this.settings = settings;
        this.metrics = metrics;
    }

    void verify(SnsMessage message) {
        List<String> topics = settings.ses().topicArns().orElse(List.of());
        if (topics.isEmpty()) {
            throw rejected("SES webhooks are not configured here (switchboard.email.ses.topic-arns)");
        }
        if (!topics.contains(message.topicArn())) {
            throw rejected("messages from topic " + message.topicArn() + " are not accepted here");
        }
        String algorithm = "1".equals(message.signatureVersion()) ? "SHA1withRSA"
                : "2".equals(message.signatureVersion()) ? "SHA256withRSA" : null;
        if (algorithm == null) {
            throw rejected("SignatureVersion must be 1 or 2");
        }
        URI certificate = SnsHosts.snsUrl(message.signingCertUrl());
        if (certificate == null || !certificate.getPath().endsWith(".pem")) {
            throw rejected("SigningCertURL must be an https .pem URL on an sns.<region>.amazonaws.com host");
        }
        if (!isValid(algorithm, certificates.publicKey(certificate), message)) {
            throw rejected("the SNS signature does not match this message");
        }
    }

    private static boolean isValid(String algorithm, PublicKey key, SnsMessage message) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update(message.canonical().getBytes(StandardCharsets.UTF_8));
            return message.signature() != null && signature.verify(Base64.getDecoder().decode(message.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private ProblemException rejected(String detail) {
        metrics.rejected("bad-signature");
        return ProblemException.unauthorized(detail);
    }
}
