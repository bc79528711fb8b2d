package dev.switchboard.ingest.email.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

import dev.switchboard.ingest.core.IngestSettings;
import dev.switchboard.servicekit.ProblemException;

/**
 * Fetches SNS signing certificates over https (the JDK's trust store vouches for the host) and keeps their keys:
 * SNS signs with few certificates and rotates them rarely, so each is fetched about once per process.
 */
@ApplicationScoped
@DefaultBean
public class HttpSnsCertificates implements SnsCertificates {

    private static final int MAX_CACHED = 64;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<URI, X509Certificate> cache = new ConcurrentHashMap<>();
    private final IngestSettings settings;

    public HttpSnsCertificates(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public PublicKey publicKey(URI url) {
        X509Certificate certificate = cache.get(url);
        if (certificate == null) {
            certificate = fetch(url);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(url, certificate);
        }
        try {
            certificate.checkValidity();
        } catch (CertificateException e) {
            cache.remove(url);
            throw ProblemException.unauthorized("the SNS signing certificate is expired or not yet valid");
        }
        return certificate.getPublicKey();
    }

    private X509Certificate fetch(URI url) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        if (response.statusCode() != 200) {
            throw unavailable();
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(response.body()));
        } catch (CertificateException | ClassCastException e) {
            throw ProblemException.unauthorized("SigningCertURL does not serve an X.509 certificate");
        }
        if (!SnsHosts.isSnsCommonName(commonName(certificate))) {
            throw ProblemException.unauthorized("the signing certificate is not issued to SNS");
        }
        return certificate;
    }

    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    private ProblemException unavailable() {
        return ProblemException.unavailable("the SNS signing certificate host", settings.retryAfter());
    }
}
