package dev.switchboard.ingest.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;

/**
 * Signs SNS messages as SNS does, with a key pair of its own ({@link FakeSnsCertificates} hands its public key to
 * the service). The canonical string is written out here from the SNS documentation rather than taken from the
 * service, so a mistake there cannot hide behind the same mistake here.
 */
final class SnsTestSigner {

    static final String CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem";

    private static final KeyPair KEYS = generate();

    private SnsTestSigner() {
    }

    static PublicKey publicKey() {
        return KEYS.getPublic();
    }

    /** A signed Notification carrying {@code message}; returns the JSON body SNS would post. */
    static String notification(String topicArn, String messageId, String message, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", messageId);
        fields.put("TopicArn", topicArn);
        fields.put("Subject", "Amazon SES Email Receipt Notification");
        fields.put("Message", message);
        fields.put("Timestamp", Instant.now().toString());
        fields.put("SignatureVersion", version);
        fields.put("SigningCertURL", CERT_URL);
        String canonical = "Message\n" + message + "\nMessageId\n" + messageId
                + "\nSubject\nAmazon SES Email Receipt Notification\nTimestamp\n" + fields.get("Timestamp")
                + "\nTopicArn\n" + topicArn + "\nType\nNotification\n";
        fields.put("Signature", sign(canonical, version));
        return json(fields);
    }

    /** A signed SubscriptionConfirmation pointing at {@code subscribeUrl}. */
    static String subscriptionConfirmation(String topicArn, String messageId, String subscribeUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "SubscriptionConfirmation");
        fields.put("MessageId", messageId);
        fields.put("Token", "token-" + messageId);
        fields.put("TopicArn", topicArn);
        fields.put("Message", "You have chosen to subscribe to the topic " + topicArn + ".");
        fields.put("SubscribeURL", subscribeUrl);
        fields.put("Timestamp", Instant.now().toString());
        fields.put("SignatureVersion", "1");
        fields.put("SigningCertURL", CERT_URL);
        String canonical = "Message\n" + fields.get("Message") + "\nMessageId\n" + messageId + "\nSubscribeURL\n"
                + subscribeUrl + "\nTimestamp\n" + fields.get("Timestamp") + "\nToken\n" + fields.get("Token")
                + "\nTopicArn\n" + topicArn + "\nType\nSubscriptionConfirmation\n";
        fields.put("Signature", sign(canonical, "1"));
        return json(fields);
    }

    static String newMessageId() {
        return UUID.randomUUID().toString();
    }

    private static String sign(String canonical, String version) {
        try {
            Signature signature = Signature.getInstance("1".equals(version) ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(KEYS.getPrivate());
            signature.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
