package dev.switchboard.ingest.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.switchboard.servicekit.ProblemException;

/**
 * Every ingest endpoint under /v1 needs a connector API key: in {@code X-Api-Key}, as a bearer token, or as the
 * password of HTTP Basic authentication (any user name), for providers that cannot add headers but can put
 * credentials in the webhook URL ({@code https://sendgrid:KEY@host/...}).
 * Provider webhooks that sign their bodies instead (Twilio, Meta, …) are marked {@link SignedByProvider} and
 * verify their own signature.
 */
public class ConnectorAuthentication {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private final IngestSettings settings;
    private final IngestMetrics metrics;

    public ConnectorAuthentication(IngestSettings settings, IngestMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @ServerRequestFilter
    public void requireApiKey(ContainerRequestContext request, jakarta.ws.rs.container.ResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/v1/") || isSignedByProvider(resource)) {
            return;
        }
        String presented = presentedKey(request);
        if (presented == null || !isKnown(presented)) {
            metrics.rejected("unauthenticated");
            throw ProblemException.unauthorized("a valid connector API key is required in " + API_KEY_HEADER
                    + ", as a bearer token or as the Basic authentication password");
        }
    }

    private static boolean isSignedByProvider(jakarta.ws.rs.container.ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(SignedByProvider.class)
                        || resource.getResourceClass().isAnnotationPresent(SignedByProvider.class));
    }

    private static String presentedKey(ContainerRequestContext request) {
        String key = request.getHeaderString(API_KEY_HEADER);
        if (key != null) {
            return key;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicPassword(authorization.substring(6).trim());
        }
        return null;
    }

    private static String basicPassword(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean isKnown(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (String key : settings.apiKeys().values()) {
            // Compare against every key, in constant time, so timing tells nothing about which matched.
            known |= MessageDigest.isEqual(candidate, key.getBytes(StandardCharsets.UTF_8));
        }
        return known;
    }
}
