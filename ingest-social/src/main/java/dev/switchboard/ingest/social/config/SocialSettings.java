package dev.switchboard.ingest.social.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The secrets each provider signs its webhooks with. A provider without its secret refuses every webhook. */
@ConfigMapping(prefix = "switchboard.social")
public interface SocialSettings {

    Meta meta();

    Telegram telegram();

    X x();

    Line line();

    Slack slack();

    interface Meta {

        /** The Meta app secret: keys X-Hub-Signature-256 for WhatsApp, Messenger and Instagram. */
        Optional<String> appSecret();

        /** The token typed into the app dashboard; the GET handshake must present it. */
        Optional<String> verifyToken();
    }

    interface Telegram {

        /** One entry per bot, by the name in its webhook path: {@code bots.<name>.secret-token}. */
        Map<String, Bot> bots();

        interface Bot {

            /** The secret_token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
            String secretToken();
        }
    }

    interface X {

        /** The app's consumer secret: keys the CRC answer and x-twitter-webhooks-signature. */
        Optional<String> consumerSecret();
    }

    interface Line {

        /** The channel secret: keys x-line-signature. */
        Optional<String> channelSecret();
    }

    interface Slack {

        /** The app's signing secret: keys X-Slack-Signature. */
        Optional<String> signingSecret();

        /** How far X-Slack-Request-Timestamp may be from now; older (or future) requests are replays. */
        @WithDefault("5M")
        Duration replayWindow();
    }
}
