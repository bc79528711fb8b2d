package dev.switchboard.ingest.phone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.ingest.phone.CallDirection;
import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

class FreeSwitchCdrsTest {

    /** As mod_json_cdr writes it: every variable a string, URL-encoded. */
    static String cdr(String extraVariables) {
        return """
                {"core-uuid":"6f4c2b8e-3d1a-4c5b-9e7f-0a1b2c3d4e5f","switchname":"pbx-1",
                 "channel_data":{"state":"CS_REPORTING","direction":"inbound"},
                 "variables":{"uuid":"a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b","direction":"inbound",
                   "caller_id_name":"Jos%C3%A9%20Garc%C3%ADa","caller_id_number":"%2B34912345678",
                   "destination_number":"8005550199","start_epoch":"1772442765","answer_epoch":"0",
                   "end_epoch":"1772442790","duration":"25","billsec":"0","hangup_cause":"NO_ANSWER",
                   "last_app":"bridge"EXTRA},
                 "callflow":[{"caller_profile":{"caller_id_number":"+34912345678","destination_number":"8005550199",
                   "uuid":"a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b"}}]}
                """.replace("EXTRA", extraVariables);
    }

    private static CallRecord read(String json) throws Exception {
        JsonNode node = ContractJson.mapper().readTree(json);
        return FreeSwitchCdrs.read(node);
    }

    @Test
    void readsAMissedCallAndDecodesTheVariables() throws Exception {
        CallRecord call = read(cdr(""));

        assertEquals("freeswitch", call.provider());
        assertEquals("a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b", call.callId());
        assertEquals(CallOutcome.MISSED, call.outcome());
        assertEquals(CallDirection.INBOUND, call.direction());
        assertEquals("+34912345678", call.from(), "%2B is the plus, not a space");
        assertEquals("José García", call.callerName());
        assertEquals("8005550199", call.to());
        assertEquals(Instant.ofEpochSecond(1772442765), call.startedAt());
        assertEquals(25L, call.durationSeconds());
        assertEquals("NO_ANSWER", call.cause());
        assertEquals("pbx-1", call.details().get("switchname"));
    }

    @Test
    void anAnswerByTheQueueIsNotAnAgent() throws Exception {
        assertEquals(CallOutcome.ABANDONED, read(cdr(",\"cc_queue\":\"support%40default\",\"billsec\":\"40\"")).outcome());
        assertEquals("support@default", read(cdr(",\"cc_queue\":\"support%40default\"")).queue());
        assertEquals(CallOutcome.ANSWERED, read(cdr(",\"cc_queue\":\"support\",\"cc_queue_answered_epoch\":\"1772442775\""))
                .outcome());
        assertEquals(CallOutcome.VOICEMAIL, read(cdr(",\"last_app\":\"voicemail\",\"billsec\":\"20\"")).outcome());
        assertEquals(CallOutcome.ANSWERED, read(cdr(",\"billsec\":\"20\"")).outcome());
        assertEquals(CallOutcome.BUSY, read(cdr(",\"hangup_cause\":\"USER_BUSY\"")).outcome());
        assertEquals(CallOutcome.ABANDONED, read(cdr(",\"hangup_cause\":\"ORIGINATOR_CANCEL\"")).outcome());
        assertEquals(CallOutcome.FAILED, read(cdr(",\"hangup_cause\":\"UNALLOCATED_NUMBER\"")).outcome());
    }

    @Test
    void namesTheVariableAtFault() {
        assertEquals("variables.billsec", assertThrows(ProblemException.class,
                () -> read(cdr(",\"billsec\":\"lots\""))).problem().field());
        assertEquals("variables", assertThrows(ProblemException.class,
                () -> read("{\"callflow\":[]}")).problem().field());
        assertEquals("variables.uuid", assertThrows(ProblemException.class,
                () -> read("{\"variables\":{\"caller_id_number\":\"100\"}}")).problem().field());
    }
}
