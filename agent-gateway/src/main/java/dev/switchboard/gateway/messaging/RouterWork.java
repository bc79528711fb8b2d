package dev.switchboard.gateway.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.gateway.config.GatewaySettings;
import io.quarkus.runtime.Startup;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;

/**
 * Fetches an agent's pending work from the router with the agent's own token, so the router applies its own rule
 * (an agent reads only their own work) and the gateway holds no credentials of its own. Built at start-up, so the
 * first agent to connect does not wait for the client to be made.
 */
@ApplicationScoped
@Startup
public class RouterWork {

    private final RouterApi router;
    private final GatewaySettings settings;

    public RouterWork(GatewaySettings settings) {
        this.settings = settings;
        this.router = QuarkusRestClientBuilder.newBuilder()
                .baseUri(settings.routerUrl())
                .connectTimeout(settings.resumeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.resumeTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(RouterApi.class);
    }

    /** Fails on any answer but 2xx, or when none has come within the resume timeout. */
    public Uni<PendingWork> pendingFor(String agentId, String bearerToken) {
        return router.work(agentId, "Bearer " + bearerToken)
                .ifNoItem().after(settings.resumeTimeout()).failWith(TimeoutException::new);
    }
}
