package dev.switchboard.gateway.api;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the gateway under test at {@link FakeRouter#shared()}. */
public class FakeRouterResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("switchboard.gateway.router-url", FakeRouter.shared().url());
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM, like the broker.
    }
}
