package dev.switchboard.router.config;

import java.time.Duration;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.language.LinguaScores;
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
     * Lingua's models for Latin- and Cyrillic-script text: {@code low} (trigrams, about 25 MB of heap for five
     * languages, 98.3 % of the evaluation set) or {@code high} (1- to 5-grams, about 160 MB, 99.5 %; give the router
     * a larger heap). docs/benchmarks.md, "Language decision", has the numbers.
     */
    @WithDefault("low")
    LinguaScores.Mode languageAccuracy();

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
