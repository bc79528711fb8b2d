package dev.switchboard.ingest.email.api;

import java.net.URI;

/** Confirms an SNS subscription by visiting its SubscribeURL. The default does an HTTP GET; tests record the URL. */
public interface SnsSubscriptionConfirmer {

    /** {@code subscribeUrl} is already known to be an https URL on an SNS host. */
    void confirm(URI subscribeUrl);
}
