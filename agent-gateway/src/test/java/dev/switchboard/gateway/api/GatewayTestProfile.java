package dev.switchboard.gateway.api;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Short timings so tests see grace, heartbeats and idle sockets within a second or two; a small send buffer so a
 * desk that does not read is found out after a few frames (plus what the kernel's socket buffers hold).
 */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.gateway.offline-grace", "300ms",
                "switchboard.gateway.ping-interval", "200ms",
                "switchboard.gateway.idle-timeout", "1500ms",
                "switchboard.gateway.max-pending-frames", "16");
    }
}
