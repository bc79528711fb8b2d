package dev.switchboard.ingest.core;

import java.net.URI;
import java.util.Map;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import dev.switchboard.servicekit.ProblemException;

/** Checks that a Twilio webhook (SMS or voice) was signed by the account's auth token. */
@ApplicationScoped
public class TwilioWebhooks {

    public static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private final IngestSettings settings;
    private final IngestMetrics metrics;

    public TwilioWebhooks(IngestSettings settings, IngestMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    public void verify(UriInfo uri, MultivaluedMap<String, String> form, String signature) {
        String token = settings.twilio().authToken().orElse(null);
        Map<String, List<String>> params = form;
        if (!TwilioSignature.isValid(token, signedUrl(uri.getRequestUri()), params, signature)) {
            metrics.rejected("bad-signature");
            throw ProblemException.unauthorized(token == null
                    ? "Twilio webhooks are not configured here (switchboard.ingest.twilio.auth-token)"
                    : SIGNATURE_HEADER + " does not match this request");
        }
    }

    private String signedUrl(URI request) {
        return settings.twilio().publicUrl()
                .map(base -> stripTrailingSlash(base) + request.getRawPath()
                        + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()))
                .orElse(request.toString());
    }

    private static String stripTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
