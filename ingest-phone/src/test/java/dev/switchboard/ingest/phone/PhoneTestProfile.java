package dev.switchboard.ingest.phone;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class PhoneTestProfile implements QuarkusTestProfile {

    public static final String API_KEY = "test-connector-key";
    public static final String TWILIO_TOKEN = "twilio-test-auth-token";
    public static final String PUBLIC_URL = "https://switchboard.example.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.ingest.api-keys.test", API_KEY,
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.ingest.twilio.auth-token", TWILIO_TOKEN,
                "switchboard.ingest.twilio.public-url", PUBLIC_URL,
                "switchboard.ingest.phone.default-region", "US");
    }
}
