package dev.switchboard.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "switchboard.gateway")
public interface GatewaySettings {

    /**
     * How long an agent whose last socket dropped keeps their presence before the gateway reports them OFFLINE,
     * so a brief network blip costs nothing.
     */
    @WithDefault("10s")
    Duration offlineGrace();

    /**
     * Frames waiting to be written to one socket before the gateway gives up on it and closes it:
     * a desk that reads too slowly never holds up deliveries to anyone else.
     */
    @WithDefault("256")
    int maxPendingFrames();

    /** How long an agent's action waits for Kafka to acknowledge before the agent gets an {@code unavailable} error. */
    @WithDefault("5s")
    Duration publishTimeout();
}
