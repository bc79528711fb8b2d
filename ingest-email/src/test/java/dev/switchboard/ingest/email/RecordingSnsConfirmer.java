package dev.switchboard.ingest.email;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.ingest.email.api.SnsSubscriptionConfirmer;
import io.quarkus.test.Mock;

/** Records the SubscribeURLs the service visits instead of visiting them. */
@Mock
@ApplicationScoped
public class RecordingSnsConfirmer implements SnsSubscriptionConfirmer {

    private final List<URI> confirmed = new CopyOnWriteArrayList<>();

    @Override
    public void confirm(URI subscribeUrl) {
        confirmed.add(subscribeUrl);
    }

    public List<URI> confirmed() {
        return List.copyOf(confirmed);
    }
}
