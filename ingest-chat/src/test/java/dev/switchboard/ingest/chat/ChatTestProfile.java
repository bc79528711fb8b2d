package dev.switchboard.ingest.chat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class ChatTestProfile implements QuarkusTestProfile {

    static final String API_KEY = "test-connector-key";
    static final String TWILIO_TOKEN = "twilio-test-token";
    static final String PUBLIC_URL = "https://switchboard.example.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.ingest.api-keys.test", API_KEY,
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.ingest.twilio.auth-token", TWILIO_TOKEN,
                "switchboard.ingest.twilio.public-url", PUBLIC_URL);
    }
}
