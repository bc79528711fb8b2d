package dev.switchboard.ingest.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.switchboard.servicekit.ProblemException;

/**
 * Every ingest endpoint under /v1 needs a connector API key, in {@code X-Api-Key} or as a bearer token.
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
            throw ProblemException.unauthorized("a valid connector API key is required in " + API_KEY_HEADER);
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
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
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
