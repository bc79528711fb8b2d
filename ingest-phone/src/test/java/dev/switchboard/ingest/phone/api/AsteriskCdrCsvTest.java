package dev.switchboard.ingest.phone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.ProblemException;

class AsteriskCdrCsvTest {

    private static String row(String src, String start, String disposition, String lastApp, String dstChannel,
            String uniqueId) {
        return String.join(",", "\"\"", q(src), "\"8005550199\"", "\"support\"", q("\"Ana Ruiz\" <" + src + ">"),
                "\"SIP/trunk-0001\"", q(dstChannel), q(lastApp), "\"SIP/agent,30\"", q(start), "\"\"",
                q(start.replace(":00", ":41")), "41", "0", q(disposition), "\"DOCUMENTATION\"", q(uniqueId), "\"\"");
    }

    private static String q(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static AsteriskCdrCsv.Batch parse(String body) {
        return AsteriskCdrCsv.parse(body, ZoneOffset.UTC, 100);
    }

    @Test
    void readsTheColumnsInCdrCsvOrder() {
        AsteriskCdrCsv.Batch batch = parse(row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial",
                "SIP/agent-0002", "1772442720.17") + "\n");

        CallRecord call = batch.calls().get(0).record();
        assertEquals(List.of(1L), batch.calls().get(0).lines());
        assertEquals("asterisk", call.provider());
        assertEquals("1772442720.17", call.callId());
        assertEquals(CallOutcome.MISSED, call.outcome());
        assertEquals("415-555-0100", call.from());
        assertEquals("8005550199", call.to());
        assertEquals("Ana Ruiz", call.callerName());
        assertEquals(Instant.parse("2026-03-02T09:12:00Z"), call.startedAt());
        assertEquals(41L, call.durationSeconds());
        assertEquals(0L, call.billSeconds());
        assertEquals("NO ANSWER", call.cause());
        assertEquals("support", call.details().get("dcontext"));
        assertEquals("Dial", call.details().get("lastapp"));
        assertTrue(batch.rejected().isEmpty());
    }

    @Test
    void aCallAnsweredOnAnyLegOfARingGroupWasAnswered() {
        AsteriskCdrCsv.Batch batch = parse(String.join("\n",
                row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "SIP/a-1", "1772442720.17"),
                row("415-555-0100", "2026-03-02 09:12:00", "ANSWERED", "Dial", "SIP/b-2", "1772442720.17"),
                row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "SIP/c-3", "1772442720.17")));

        assertEquals(1, batch.calls().size());
        assertEquals(CallOutcome.ANSWERED, batch.calls().get(0).record().outcome());
        assertEquals("3", batch.calls().get(0).record().details().get("legs"));
        assertEquals(List.of(1L, 2L, 3L), batch.calls().get(0).lines());
    }

    @Test
    void reportsEachBadRowByItsLineCountingBlankLinesAndQuotedLineBreaks() {
        String body = String.join("\r\n",
                row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "SIP/a-1", "1.1"),
                "",
                row("415-555-0101", "2026-03-02 09:13:00", "MAYBE", "Dial", "SIP/a-1", "1.2"),
                row("415-555-0102", "2026-03-02 09:14:00", "BUSY", "Playback", "", "1.3")
                        .replace("\"SIP/agent,30\"", "\"first line\nsecond line\""),
                row("", "2026-03-02 09:15:00", "NO ANSWER", "Dial", "SIP/a-1", "1.4"),
                "\"\",\"415-555-0104\",\"8005550199\"",
                row("415-555-0105", "yesterday", "NO ANSWER", "Dial", "SIP/a-1", "1.5"),
                row("415-555-0106", "2026-03-02 09:17:00", "NO ANSWER", "Dial", "SIP/a-1", "1.6")
                        .replace(",41,0,", ",41,-3,"));

        AsteriskCdrCsv.Batch batch = parse(body);

        assertEquals(List.of(1L, 4L), batch.calls().stream().flatMap(call -> call.lines().stream()).toList());
        assertEquals("first line\nsecond line", batch.calls().get(1).record().details().get("lastdata"));
        assertEquals(List.of(3L, 6L, 7L, 8L, 9L), batch.rejected().stream().map(AsteriskCdrCsv.Rejected::line).toList());
        assertEquals("disposition 'MAYBE' is not one of ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION",
                batch.rejected().get(0).reason());
        assertEquals("src is empty: the caller's number is needed", batch.rejected().get(1).reason());
        assertTrue(batch.rejected().get(2).reason().contains("found 3"), batch.rejected().get(2).reason());
        assertEquals("start 'yesterday' is not a time like 2017-06-20 09:49:22", batch.rejected().get(3).reason());
        assertEquals("billsec '-3' is not a whole number of seconds", batch.rejected().get(4).reason());
    }

    @Test
    void aBrokenQuoteRejectsEverythingFromItsLineOn() {
        String body = row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "SIP/a-1", "1.1") + "\n"
                + "\"\",\"415-555-0101,\"8005550199\"\n"
                + row("415-555-0102", "2026-03-02 09:14:00", "NO ANSWER", "Dial", "SIP/a-1", "1.3") + "\n";

        AsteriskCdrCsv.Batch batch = parse(body);

        assertEquals(1, batch.calls().size());
        assertEquals(1, batch.rejected().size());
        assertEquals(2L, batch.rejected().get(0).line());
        assertTrue(batch.rejected().get(0).reason().startsWith("unreadable CSV from this line on"));
    }

    @Test
    void skipsAHeaderRow() {
        String header = "accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,"
                + "duration,billsec,disposition,amaflags,uniqueid,userfield";
        AsteriskCdrCsv.Batch batch = parse(header + "\n"
                + row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "SIP/a-1", "1.1"));

        assertEquals(List.of(2L), batch.calls().get(0).lines());
        assertTrue(batch.rejected().isEmpty());
    }

    @Test
    void withoutUniqueidTheCallIsKnownByCallerAndStart() {
        String sixteenColumns = ",\"415-555-0100\",\"200\",\"support\",\"\",\"SIP/t-1\",\"\",\"Dial\",\"\","
                + "\"2026-03-02 09:12:00\",,\"2026-03-02 09:12:30\",30,0,\"NO ANSWER\",\"DOCUMENTATION\"";

        CallRecord call = parse(sixteenColumns).calls().get(0).record();

        assertEquals("415-555-0100@2026-03-02 09:12:00", call.callId());
        assertNull(call.callerName());
    }

    @Test
    void voicemailAndQueueAreNotAnAgentAnswering() {
        AsteriskCdrCsv.Batch batch = parse(String.join("\n",
                row("415-555-0100", "2026-03-02 09:12:00", "ANSWERED", "VoiceMail", "", "1.1"),
                row("415-555-0101", "2026-03-02 09:13:00", "ANSWERED", "Queue", "", "1.2"),
                row("415-555-0102", "2026-03-02 09:14:00", "ANSWERED", "Queue", "SIP/agent-7", "1.3"),
                row("415-555-0103", "2026-03-02 09:15:00", "CONGESTION", "Dial", "", "1.4")));

        assertEquals(List.of(CallOutcome.VOICEMAIL, CallOutcome.ABANDONED, CallOutcome.ANSWERED, CallOutcome.FAILED),
                batch.calls().stream().map(call -> call.record().outcome()).toList());
        assertEquals("SIP/agent", batch.calls().get(1).record().queue(), "Queue(name,options)");
    }

    @Test
    void readsTimesInThePbxZone() {
        CallRecord call = AsteriskCdrCsv.parse(
                row("415-555-0100", "2026-07-02 09:12:00", "NO ANSWER", "Dial", "", "1.1"),
                ZoneId.of("America/Los_Angeles"), 100).calls().get(0).record();

        assertEquals(Instant.parse("2026-07-02T16:12:00Z"), call.startedAt());
    }

    @Test
    void refusesMoreRowsThanAnUploadMayHold() {
        String body = String.join("\n",
                row("415-555-0100", "2026-03-02 09:12:00", "NO ANSWER", "Dial", "", "1.1"),
                row("415-555-0101", "2026-03-02 09:13:00", "NO ANSWER", "Dial", "", "1.2"));

        ProblemException e = assertThrows(ProblemException.class, () -> AsteriskCdrCsv.parse(body, ZoneOffset.UTC, 1));
        assertEquals(413, e.problem().status());
    }
}
