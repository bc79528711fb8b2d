package dev.switchboard.ingest.email;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

public class EmailTestProfile implements QuarkusTestProfile {

    static final String API_KEY = "test-connector-key";
    static final String ATTACHMENTS = "target/test-attachments";
    static final String MAILGUN_KEY = "test-mailgun-signing-key";
    /** The topic the SES corpus names in its receipts. */
    static final String SES_TOPIC = "arn:aws:sns:us-east-1:012345678912:example-topic";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.ingest.api-keys.test", API_KEY,
                "switchboard.ingest.publish-timeout", "3s",
                "switchboard.email.attachments.path", ATTACHMENTS,
                "switchboard.email.limits.max-depth", "8",
                "switchboard.email.limits.max-parts", "50",
                "switchboard.email.mailgun.signing-key", MAILGUN_KEY,
                "switchboard.email.ses.topic-arns", SES_TOPIC);
    }
}
