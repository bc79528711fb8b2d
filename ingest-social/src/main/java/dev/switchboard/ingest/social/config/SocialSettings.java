package dev.switchboard.ingest.social.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The secrets each provider signs its webhooks with, per account: a contact centre may run several Meta apps, Telegram
 * bots, X apps, LINE channels and Slack apps, each with its own webhook path and secret. The keys without an account
 * name configure each provider's unnamed path, as before accounts had names. An account named without its secret
 * stops the service at startup (SmallRye names the missing key); a path without a secret refuses every webhook.
 */
@ConfigMapping(prefix = "switchboard.social")
public interface SocialSettings {

    Meta meta();

    Telegram telegram();

    X x();

    Line line();

    Slack slack();

    interface Meta {

        /** The app secret of {@code /v1/social/meta}: keys X-Hub-Signature-256 for WhatsApp, Messenger, Instagram. */
        Optional<String> appSecret();

        /** The token typed into that app's dashboard; the GET handshake must present it. */
        Optional<String> verifyToken();

        /** One entry per further Meta app, by the name in its webhook path {@code /v1/social/meta/{app}}. */
        Map<String, MetaApp> apps();

        interface MetaApp {

            String appSecret();

            String verifyToken();
        }

        default AccountSecret appSecretOf(String app) {
            return AccountSecret.of("switchboard.social.meta", "apps", "app-secret", app, appSecret(), apps(),
                    MetaApp::appSecret);
        }

        default AccountSecret verifyTokenOf(String app) {
            return AccountSecret.of("switchboard.social.meta", "apps", "verify-token", app, verifyToken(), apps(),
                    MetaApp::verifyToken);
        }
    }

    interface Telegram {

        /** One entry per bot, by the name in its webhook path: {@code bots.<name>.secret-token}. */
        Map<String, Bot> bots();

        interface Bot {

            /** The secret_token given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
            String secretToken();
        }

        default AccountSecret secretTokenOf(String bot) {
            return AccountSecret.of("switchboard.social.telegram", "bots", "secret-token", bot, Optional.empty(),
                    bots(), Bot::secretToken);
        }
    }

    interface X {

        /** The consumer secret of {@code /v1/social/x}: keys the CRC answer and x-twitter-webhooks-signature. */
        Optional<String> consumerSecret();

        /** One entry per further X app, by the name in its webhook path {@code /v1/social/x/{app}}. */
        Map<String, XApp> apps();

        interface XApp {

            String consumerSecret();
        }

        default AccountSecret consumerSecretOf(String app) {
            return AccountSecret.of("switchboard.social.x", "apps", "consumer-secret", app, consumerSecret(), apps(),
                    XApp::consumerSecret);
        }
    }

    interface Line {

        /** The channel secret of {@code /v1/social/line}: keys x-line-signature. */
        Optional<String> channelSecret();

        /** One entry per further channel, by the name in its webhook path {@code /v1/social/line/{channel}}. */
        Map<String, LineChannel> channels();

        interface LineChannel {

            String channelSecret();
        }

        default AccountSecret channelSecretOf(String channel) {
            return AccountSecret.of("switchboard.social.line", "channels", "channel-secret", channel,
                    channelSecret(), channels(), LineChannel::channelSecret);
        }
    }

    interface Slack {

        /** The signing secret of {@code /v1/social/slack}: keys X-Slack-Signature. */
        Optional<String> signingSecret();

        /** One entry per further Slack app, by the name in its request URL {@code /v1/social/slack/{app}}. */
        Map<String, SlackApp> apps();

        /** How far X-Slack-Request-Timestamp may be from now; older (or future) requests are replays. */
        @WithDefault("5M")
        Duration replayWindow();

        interface SlackApp {

            String signingSecret();
        }

        default AccountSecret signingSecretOf(String app) {
            return AccountSecret.of("switchboard.social.slack", "apps", "signing-secret", app, signingSecret(),
                    apps(), SlackApp::signingSecret);
        }
    }
}
