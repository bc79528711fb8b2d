package dev.switchboard.gateway.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("switchboard.gateway.offline-grace", "300ms");
    }
}
