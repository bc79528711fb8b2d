package dev.switchboard.ingest.email;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class EmailTestProfile implements QuarkusTestProfile {

    static final String API_KEY = "test-connector-key";
    static final String ATTACHMENTS = "target/test-attachments";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.ingest.api-keys.test", API_KEY,
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.email.attachments.path", ATTACHMENTS,
                "switchboard.email.limits.max-depth", "8",
                "switchboard.email.limits.max-parts", "50");
    }
}
