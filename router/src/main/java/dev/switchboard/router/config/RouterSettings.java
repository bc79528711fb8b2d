package dev.switchboard.router.config;

import java.time.Duration;

import dev.switchboard.contracts.Channel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "router")
public interface RouterSettings {

    /** Open conversations an agent may hold on a channel their capacity does not list. */
    @WithDefault("3")
    int defaultCapacity();

    /** How long an agent has to accept an offer, per channel. */
    OfferTimeouts offerTimeout();

    interface OfferTimeouts {
        @WithDefault("30s")
        Duration chat();

        @WithDefault("30s")
        Duration sms();

        @WithDefault("30s")
        Duration social();

        @WithDefault("120s")
        Duration email();

        @WithDefault("120s")
        Duration phone();

        default Duration of(Channel channel) {
            return switch (channel) {
                case CHAT -> chat();
                case SMS -> sms();
                case SOCIAL -> social();
                case EMAIL -> email();
                case PHONE -> phone();
            };
        }
    }
}
