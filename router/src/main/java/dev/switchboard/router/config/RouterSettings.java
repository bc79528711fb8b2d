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

    /**
     * A customer message for a closed conversation's thread reopens it within this time of the closing; later, it
     * starts a new conversation linked to the closed one. Three days carries "it still doesn't work" replies over a
     * weekend without reviving threads that are long settled.
     */
    @WithDefault("72h")
    Duration reopenWindow();

    /** The language routed in when neither a hint, the customer nor the text decides. */
    @WithDefault("en")
    String defaultLanguage();

    /**
     * A new conversation goes first to the agent who last served its customer, when that agent is eligible and
     * served them within this time.
     */
    @WithDefault("72h")
    Duration stickyWindow();

    /** How often an instance checks for a newer version of the routing rules saved by another instance. */
    @WithDefault("5s")
    Duration rulesRefresh();

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
