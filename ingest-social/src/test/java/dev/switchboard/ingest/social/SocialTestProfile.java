package dev.switchboard.ingest.social;

import java.util.HashMap;
import java.util.List;
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

    /** Two named accounts per provider, each with its own secrets: {@code <account>-<provider>-<what>}. */
    public static final List<String> ACCOUNTS = List.of("retail", "travel");

    public static String secretOf(String account, String provider) {
        return account + "-" + provider + "-secret";
    }

    public static String verifyTokenOf(String account) {
        return account + "-meta-verify-token";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String account : ACCOUNTS) {
            config.put("switchboard.social.meta.apps." + account + ".app-secret", secretOf(account, "meta"));
            config.put("switchboard.social.meta.apps." + account + ".verify-token", verifyTokenOf(account));
            config.put("switchboard.social.x.apps." + account + ".consumer-secret", secretOf(account, "x"));
            config.put("switchboard.social.line.channels." + account + ".channel-secret", secretOf(account, "line"));
            config.put("switchboard.social.slack.apps." + account + ".signing-secret", secretOf(account, "slack"));
        }
        config.putAll(Map.of(
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.social.meta.app-secret", META_APP_SECRET,
                "switchboard.social.meta.verify-token", META_VERIFY_TOKEN,
                "switchboard.social.telegram.bots." + TELEGRAM_BOT + ".secret-token", TELEGRAM_SECRET,
                "switchboard.social.telegram.bots.other-bot.secret-token", "another-bots-secret",
                "switchboard.social.x.consumer-secret", X_CONSUMER_SECRET,
                "switchboard.social.line.channel-secret", LINE_CHANNEL_SECRET,
                "switchboard.social.slack.signing-secret", SLACK_SIGNING_SECRET));
        return config;
    }
}
