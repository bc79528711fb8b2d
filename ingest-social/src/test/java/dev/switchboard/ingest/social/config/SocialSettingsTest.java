package dev.switchboard.ingest.social.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** What the service does with its secrets configuration at startup, before any webhook arrives. */
class SocialSettingsTest {

    private static SocialSettings load(Map<String, String> properties) {
        return load(new PropertiesConfigSource(properties, "test", 100));
    }

    private static SocialSettings load(ConfigSource source) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(source)
                // Quarkus reads "5M" durations; plain SmallRye would not.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(SocialSettings.class)
                .build();
        return config.getConfigMapping(SocialSettings.class);
    }

    @Test
    void aNamedAccountWithoutItsSecretStopsStartupNamingTheMissingKeyButNoValue() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> load(Map.of(
                "switchboard.social.meta.apps.retail.verify-token", "retail-token-value",
                "switchboard.social.slack.apps.travel.signing-secret", "")));

        String message = failure.getMessage();
        assertTrue(message.contains("switchboard.social.meta.apps.retail.app-secret"), message);
        assertTrue(message.contains("switchboard.social.slack.apps.travel.signing-secret"), message);
        assertFalse(message.contains("retail-token-value"), message);
    }

    @Test
    void eachAccountResolvesItsOwnSecretAndTheUnnamedPathKeepsTheSingleKey() {
        SocialSettings settings = load(Map.of(
                "switchboard.social.meta.app-secret", "single",
                "switchboard.social.meta.apps.retail.app-secret", "retail-secret",
                "switchboard.social.meta.apps.retail.verify-token", "retail-token",
                "switchboard.social.line.channels.travel.channel-secret", "travel-secret"));

        assertEquals("single", settings.meta().appSecretOf(null).value());
        assertEquals("retail-secret", settings.meta().appSecretOf("retail").value());
        assertEquals("retail-token", settings.meta().verifyTokenOf("retail").value());
        assertEquals("travel-secret", settings.line().channelSecretOf("travel").value());
        assertFalse(settings.line().channelSecretOf(null).configured());
        assertEquals("switchboard.social.line.channel-secret", settings.line().channelSecretOf(null).property());
        assertFalse(settings.x().consumerSecretOf("retail").configured());
        assertEquals("switchboard.social.x.apps.retail.consumer-secret",
                settings.x().consumerSecretOf("retail").property());
        assertFalse(settings.meta().appSecretOf("retail").toString().contains("retail-secret"));
    }

    @Test
    void accountsComeFromEnvironmentVariablesAsTheManifestsSetThem() {
        SocialSettings settings = load(new EnvConfigSource(Map.of(
                "SWITCHBOARD_SOCIAL_META_APPS_RETAIL_APP_SECRET", "retail-secret",
                "SWITCHBOARD_SOCIAL_META_APPS_RETAIL_VERIFY_TOKEN", "retail-token",
                "SWITCHBOARD_SOCIAL_SLACK_APPS_HELPDESK_SIGNING_SECRET", "helpdesk-secret"), 300));

        assertEquals("retail-secret", settings.meta().appSecretOf("retail").value());
        assertEquals("helpdesk-secret", settings.slack().signingSecretOf("helpdesk").value());
    }
}
