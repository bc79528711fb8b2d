package dev.switchboard.gateway.config;

import java.net.URI;
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

    /** The router's base URL; a (re)connected agent's pending offers and conversations are fetched from it. */
    @WithDefault("http://localhost:8085")
    URI routerUrl();

    /**
     * How long a new socket waits for the router's answer before the agent is told {@code resume-unavailable}
     * and gets live deliveries only. Live deliveries are held meanwhile, and the agent's frames wait.
     */
    @WithDefault("5s")
    Duration resumeTimeout();

    /** How often the gateway pings every socket; browsers answer pings on their own. */
    @WithDefault("20s")
    Duration pingInterval();

    /** A socket from which nothing (frame or pong) has come for this long is dead and is closed. */
    @WithDefault("60s")
    Duration idleTimeout();
}
