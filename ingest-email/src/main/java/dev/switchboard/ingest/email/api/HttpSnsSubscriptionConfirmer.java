package dev.switchboard.ingest.email.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

import dev.switchboard.ingest.core.IngestSettings;
import dev.switchboard.servicekit.ProblemException;

/** Confirms an SNS subscription with a GET of its SubscribeURL, as the SNS documentation asks. */
@ApplicationScoped
@DefaultBean
public class HttpSnsSubscriptionConfirmer implements SnsSubscriptionConfirmer {

    private static final Logger LOG = Logger.getLogger(HttpSnsSubscriptionConfirmer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final IngestSettings settings;

    public HttpSnsSubscriptionConfirmer(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public void confirm(URI subscribeUrl) {
        int status;
        try {
            status = client.send(HttpRequest.newBuilder(subscribeUrl).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        if (status != 200) {
            LOG.warnf("SNS subscription confirmation at %s failed (status %d)", subscribeUrl.getHost(), status);
            throw ProblemException.unavailable("the SNS subscription confirmation", settings.retryAfter());
        }
        LOG.infof("Confirmed an SNS subscription at %s", subscribeUrl.getHost());
    }
}
