package dev.switchboard.ingest.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.switchboard.servicekit.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a body larger than {@code switchboard.ingest.max-body-size} before it is read, with a problem body
 * (Quarkus's own limit, {@code quarkus.http.limits.max-body-size}, answers with an empty 413 and stays as the
 * backstop for chunked bodies).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final IngestSettings settings;
    private final IngestMetrics metrics;

    public BodySizeLimit(IngestSettings settings, IngestMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        long limit = settings.maxBodySize().asLongValue();
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > limit) {
                metrics.rejected("too-large");
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(Problem.of("payload-too-large", "Payload too large", 413,
                                "the body is " + length + " bytes; the limit is " + limit, null)));
                return;
            }
            ctx.next();
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
