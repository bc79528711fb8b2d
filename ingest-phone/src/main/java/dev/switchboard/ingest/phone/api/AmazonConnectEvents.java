package dev.switchboard.ingest.phone.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

/**
 * Reads Amazon Connect's two ways of telling about a voice contact:
 * <ul>
 * <li>the contact-flow event a flow's "Invoke AWS Lambda function" block sends ({@code Details.ContactData}),
 * forwarded here by that function. A flow calls out when the caller leaves the queue for a callback, so the
 * contact is a callback request unless the flow passes a {@code status} parameter or attribute (ANSWERED, MISSED,
 * ABANDONED, VOICEMAIL, BUSY, FAILED) and, for a voicemail, {@code transcript} and {@code recordingUrl};</li>
 * <li>the EventBridge "Amazon Connect Contact Event" ({@code detail}): only DISCONNECTED and COMPLETED end a
 * contact; a contact that reached an agent was answered, one that was queued and never did was abandoned.</li>
 * </ul>
 */
final class AmazonConnectEvents {

    static final String PROVIDER = "amazon-connect";

    private static final Set<String> OUTBOUND = Set.of("OUTBOUND", "CALLBACK", "API");
    private static final Set<String> FINAL_EVENTS = Set.of("DISCONNECTED", "COMPLETED");

    private AmazonConnectEvents() {
    }

    static CallRecord read(JsonNode event) {
        if (event != null && isObject(JsonPaths.node(event, "Details.ContactData"))) {
            return flowEvent(event);
        }
        if (event != null && isObject(JsonPaths.node(event, "detail"))) {
            return contactEvent(event.get("detail"));
        }
        throw ProblemException.badInput("Details.ContactData", "expected a contact-flow event (Details.ContactData)"
                + " or an EventBridge Amazon Connect Contact Event (detail)");
    }

    private static CallRecord flowEvent(JsonNode event) {
        JsonNode contact = JsonPaths.node(event, "Details.ContactData");
        JsonNode parameters = JsonPaths.node(event, "Details.Parameters");
        JsonNode attributes = contact.get("Attributes");
        requireVoice(JsonPaths.text(contact, "Channel"), "Details.ContactData.Channel");
        String status = firstOf(JsonPaths.text(parameters, "status"), JsonPaths.text(attributes, "status"));
        String initiation = JsonPaths.text(contact, "InitiationMethod");
        CallRecord.Builder call = CallRecord.builder(PROVIDER,
                        JsonPaths.require(contact, "ContactId", "Details.ContactData.ContactId"))
                .direction(direction(initiation))
                .outcome(status == null ? CallOutcome.CALLBACK_REQUESTED : flowStatus(status))
                .from(JsonPaths.text(contact, "CustomerEndpoint.Address"))
                .to(JsonPaths.text(contact, "SystemEndpoint.Address"))
                .locale(Fields.locale("Details.ContactData.LanguageCode", JsonPaths.text(contact, "LanguageCode")))
                .queue(JsonPaths.text(contact, "Queue.Name"))
                .transcript(firstOf(JsonPaths.text(parameters, "transcript"), JsonPaths.text(attributes, "transcript")))
                .recordingUrl(firstOf(JsonPaths.text(parameters, "recordingUrl"),
                        JsonPaths.text(attributes, "recordingUrl")))
                .cause(status == null ? "CALLBACK_REQUESTED" : status.toUpperCase(Locale.ROOT))
                .detail("event", JsonPaths.text(event, "Name"))
                .detail("initiationMethod", initiation)
                .detail("initialContactId", JsonPaths.text(contact, "InitialContactId"))
                .detail("previousContactId", JsonPaths.text(contact, "PreviousContactId"))
                .detail("instanceArn", JsonPaths.text(contact, "InstanceARN"))
                .detail("queueArn", JsonPaths.text(contact, "Queue.ARN"));
        copyTexts(call, "parameter.", parameters);
        copyTexts(call, "attribute.", attributes);
        return call.build();
    }

    private static CallRecord contactEvent(JsonNode detail) {
        requireVoice(JsonPaths.text(detail, "channel"), "detail.channel");
        String eventType = JsonPaths.text(detail, "eventType");
        Instant started = JsonPaths.instant(detail, "initiationTimestamp", "detail.initiationTimestamp");
        Instant ended = JsonPaths.instant(detail, "disconnectTimestamp", "detail.disconnectTimestamp");
        String initiation = JsonPaths.text(detail, "initiationMethod");
        return CallRecord.builder(PROVIDER, JsonPaths.require(detail, "contactId", "detail.contactId"))
                .direction(direction(initiation))
                .outcome(eventType != null && FINAL_EVENTS.contains(eventType.toUpperCase(Locale.ROOT))
                        ? endedContact(detail) : CallOutcome.IN_PROGRESS)
                .from(JsonPaths.text(detail, "customerEndpoint.address"))
                .to(JsonPaths.text(detail, "systemEndpoint.address"))
                .startedAt(started)
                .durationSeconds(started == null || ended == null || ended.isBefore(started)
                        ? null : Duration.between(started, ended).toSeconds())
                .queue(JsonPaths.text(detail, "queueInfo.queueArn"))
                .cause(firstOf(JsonPaths.text(detail, "disconnectReason"), eventType))
                .detail("eventType", eventType)
                .detail("initiationMethod", initiation)
                .detail("initialContactId", JsonPaths.text(detail, "initialContactId"))
                .detail("previousContactId", JsonPaths.text(detail, "previousContactId"))
                .detail("instanceArn", JsonPaths.text(detail, "instanceArn"))
                .detail("agentArn", JsonPaths.text(detail, "agentInfo.agentArn"))
                .build();
    }

    private static CallOutcome endedContact(JsonNode detail) {
        if (JsonPaths.text(detail, "agentInfo.connectedToAgentTimestamp") != null) {
            return CallOutcome.ANSWERED;
        }
        return JsonPaths.text(detail, "queueInfo.enqueueTimestamp") != null
                ? CallOutcome.ABANDONED : CallOutcome.MISSED;
    }

    private static CallOutcome flowStatus(String status) {
        String upper = status.toUpperCase(Locale.ROOT);
        if (upper.equals("CALLBACK") || upper.equals("CALLBACK_REQUESTED")) {
            return CallOutcome.CALLBACK_REQUESTED;
        }
        return GenericCalls.outcome("Details.Parameters.status", status);
    }

    private static CallDirection direction(String initiationMethod) {
        return initiationMethod != null && OUTBOUND.contains(initiationMethod.toUpperCase(Locale.ROOT))
                ? CallDirection.OUTBOUND : CallDirection.INBOUND;
    }

    private static void requireVoice(String channel, String field) {
        if (channel != null && !channel.equalsIgnoreCase("VOICE")) {
            throw ProblemException.badInput(field, "only voice contacts are calls; " + channel + " contacts are not");
        }
    }

    private static void copyTexts(CallRecord.Builder call, String prefix, JsonNode object) {
        if (!isObject(object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isValueNode()) {
                call.detail(prefix + field.getKey(), field.getValue().asText());
            }
        }
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
