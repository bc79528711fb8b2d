package dev.switchboard.ingest.phone.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

/**
 * Reads a FreeSWITCH JSON CDR (mod_json_cdr) as a call. mod_json_cdr URL-encodes variable values by default, so
 * they are decoded here ("+" stays a plus: it is the E.164 prefix, not a space). A dialplan may set the variables
 * {@code recording_url} and {@code transcript} to pass a voicemail along.
 */
final class FreeSwitchCdrs {

    static final String PROVIDER = "freeswitch";

    private FreeSwitchCdrs() {
    }

    static CallRecord read(JsonNode cdr) {
        if (cdr == null || !cdr.isObject()) {
            throw ProblemException.badInput(null, "the body must be a FreeSWITCH JSON CDR object");
        }
        JsonNode variables = cdr.get("variables");
        if (variables == null || !variables.isObject()) {
            throw ProblemException.badInput("variables", "a FreeSWITCH JSON CDR has a variables object");
        }
        JsonNode profile = callerProfile(cdr);
        Vars vars = new Vars(variables);
        String uuid = vars.get("uuid") != null ? vars.get("uuid") : JsonPaths.text(profile, "uuid");
        if (uuid == null) {
            throw ProblemException.badInput("variables.uuid", "variables.uuid is required");
        }
        Long billSeconds = Fields.seconds("variables.billsec", vars.get("billsec"));
        String direction = vars.get("direction") != null ? vars.get("direction")
                : JsonPaths.text(cdr, "channel_data.direction");
        return CallRecord.builder(PROVIDER, Fields.requireId("variables.uuid", uuid))
                .direction("outbound".equalsIgnoreCase(direction) ? CallDirection.OUTBOUND : CallDirection.INBOUND)
                .outcome(outcome(vars, billSeconds))
                .from(firstOf(vars.get("caller_id_number"), vars.get("effective_caller_id_number"),
                        JsonPaths.text(profile, "caller_id_number")))
                .to(firstOf(vars.get("destination_number"), JsonPaths.text(profile, "destination_number")))
                .callerName(firstOf(vars.get("caller_id_name"), JsonPaths.text(profile, "caller_id_name")))
                .startedAt(epoch("variables.start_epoch", vars.get("start_epoch")))
                .durationSeconds(Fields.seconds("variables.duration", vars.get("duration")))
                .billSeconds(billSeconds)
                .recordingUrl(vars.get("recording_url"))
                .transcript(vars.get("transcript"))
                .queue(vars.get("cc_queue"))
                .cause(vars.get("hangup_cause"))
                .detail("coreUuid", JsonPaths.text(cdr, "core-uuid"))
                .detail("switchname", JsonPaths.text(cdr, "switchname"))
                .detail("lastApp", vars.get("last_app"))
                .detail("sipHangupDisposition", vars.get("sip_hangup_disposition"))
                .detail("ccCancelReason", vars.get("cc_cancel_reason"))
                .detail("ccCause", vars.get("cc_cause"))
                .detail("answerEpoch", vars.get("answer_epoch"))
                .detail("endEpoch", vars.get("end_epoch"))
                .build();
    }

    /**
     * FreeSWITCH answers calls for the IVR, voicemail and queues too, so an answer alone is not an agent: a call
     * ending in voicemail is a voicemail, and a mod_callcenter call counts as answered only when an agent took it.
     */
    private static CallOutcome outcome(Vars vars, Long billSeconds) {
        if ("voicemail".equalsIgnoreCase(vars.get("last_app"))) {
            return CallOutcome.VOICEMAIL;
        }
        if (vars.get("cc_queue") != null) {
            return isSet(vars.get("cc_queue_answered_epoch")) ? CallOutcome.ANSWERED : CallOutcome.ABANDONED;
        }
        if ((billSeconds != null && billSeconds > 0) || isSet(vars.get("answer_epoch"))) {
            return CallOutcome.ANSWERED;
        }
        String cause = vars.get("hangup_cause");
        switch (cause == null ? "" : cause.toUpperCase(Locale.ROOT)) {
            case "USER_BUSY":
                return CallOutcome.BUSY;
            case "ORIGINATOR_CANCEL":
                return CallOutcome.ABANDONED;
            case "":
            case "NORMAL_CLEARING":
            case "NO_ANSWER":
            case "NO_USER_RESPONSE":
            case "ALLOTTED_TIMEOUT":
                return CallOutcome.MISSED;
            default:
                return CallOutcome.FAILED;
        }
    }

    private static JsonNode callerProfile(JsonNode cdr) {
        JsonNode callflow = cdr.get("callflow");
        if (callflow != null && callflow.isArray()) {
            callflow = callflow.size() == 0 ? null : callflow.get(0);
        }
        return callflow == null ? null : JsonPaths.node(callflow, "caller_profile");
    }

    private static Instant epoch(String field, String value) {
        Long seconds = Fields.seconds(field, value);
        return seconds == null || seconds == 0 ? null : Instant.ofEpochSecond(seconds);
    }

    private static boolean isSet(String epoch) {
        return epoch != null && !epoch.equals("0");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The CDR's variables, URL-decoded. */
    private record Vars(JsonNode variables) {

        String get(String name) {
            String raw = JsonPaths.text(variables, name);
            return raw == null || raw.indexOf('%') < 0 ? raw : percentDecode(raw);
        }

        private static String percentDecode(String value) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
            int i = 0;
            while (i < value.length()) {
                int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (value.charAt(i) == '%' && high >= 0 && low >= 0) {
                    bytes.write(high * 16 + low);
                    i += 3;
                } else {
                    int codePoint = value.codePointAt(i);
                    bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                    i += Character.charCount(codePoint);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8).trim();
        }
    }
}
