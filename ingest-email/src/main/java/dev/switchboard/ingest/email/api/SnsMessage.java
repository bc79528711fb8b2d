package dev.switchboard.ingest.email.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.switchboard.servicekit.ProblemException;

/** An Amazon SNS HTTP(S) message: a notification or a (un)subscription confirmation, as SNS signs it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SnsMessage(
        @JsonProperty("Type") String type,
        @JsonProperty("MessageId") String messageId,
        @JsonProperty("Token") String token,
        @JsonProperty("TopicArn") String topicArn,
        @JsonProperty("Subject") String subject,
        @JsonProperty("Message") String message,
        @JsonProperty("Timestamp") String timestamp,
        @JsonProperty("SignatureVersion") String signatureVersion,
        @JsonProperty("Signature") String signature,
        @JsonProperty("SigningCertURL") String signingCertUrl,
        @JsonProperty("SubscribeURL") String subscribeUrl) {

    static final String NOTIFICATION = "Notification";
    static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
    static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

    boolean isNotification() {
        return NOTIFICATION.equals(type);
    }

    boolean isSubscriptionConfirmation() {
        return SUBSCRIPTION_CONFIRMATION.equals(type);
    }

    /** The fields the signature covers must all be there (400 naming the first that is not). */
    void requireSignedFields() {
        if (!isNotification() && !isSubscriptionConfirmation() && !UNSUBSCRIBE_CONFIRMATION.equals(type)) {
            throw ProblemException.badInput("Type", "Type must be " + NOTIFICATION + ", " + SUBSCRIPTION_CONFIRMATION
                    + " or " + UNSUBSCRIBE_CONFIRMATION);
        }
        require("Message", message);
        require("MessageId", messageId);
        require("Timestamp", timestamp);
        require("TopicArn", topicArn);
        if (!isNotification()) {
            require("SubscribeURL", subscribeUrl);
            require("Token", token);
        }
    }

    /**
     * The string SNS signs: name and value lines, in this order, of the fields of the message's type; a
     * notification's Subject only when it has one.
     */
    String canonical() {
        StringBuilder text = new StringBuilder();
        line(text, "Message", message);
        line(text, "MessageId", messageId);
        if (isNotification()) {
            if (subject != null) {
                line(text, "Subject", subject);
            }
            line(text, "Timestamp", timestamp);
        } else {
            line(text, "SubscribeURL", subscribeUrl);
            line(text, "Timestamp", timestamp);
            line(text, "Token", token);
        }
        line(text, "TopicArn", topicArn);
        line(text, "Type", type);
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('\n').append(value).append('\n');
    }

    private static void require(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.badInput(field, field + " is missing");
        }
    }
}
