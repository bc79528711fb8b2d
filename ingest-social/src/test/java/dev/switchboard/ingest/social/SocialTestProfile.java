package dev.switchboard.ingest.social;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The secrets the tests sign with; one profile, so every @QuarkusTest here shares one application. */
public class SocialTestProfile implements QuarkusTestProfile {

    public static final String META_APP_SECRET = "meta-test-app-secret";
    public static final String META_VERIFY_TOKEN = "meta-test-verify-token";
    public static final String TELEGRAM_BOT = "support-bot";
    public static final String TELEGRAM_SECRET = "telegram-test-secret_token-1";
    public static final String X_CONSUMER_SECRET = "x-test-consumer-secret";
    public static final String LINE_CHANNEL_SECRET = "line-test-channel-secret";
    public static final String SLACK_SIGNING_SECRET = "slack-test-signing-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.social.meta.app-secret", META_APP_SECRET,
                "switchboard.social.meta.verify-token", META_VERIFY_TOKEN,
                "switchboard.social.telegram.bots." + TELEGRAM_BOT + ".secret-token", TELEGRAM_SECRET,
                "switchboard.social.telegram.bots.other-bot.secret-token", "another-bots-secret",
                "switchboard.social.x.consumer-secret", X_CONSUMER_SECRET,
                "switchboard.social.line.channel-secret", LINE_CHANNEL_SECRET,
                "switchboard.social.slack.signing-secret", SLACK_SIGNING_SECRET);
    }
}
