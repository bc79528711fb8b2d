package dev.switchboard.ingest.phone.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import dev.switchboard.ingest.phone.CallOutcome;
import dev.switchboard.ingest.phone.CallRecord;

/**
 * One row of Asterisk's Master.csv in cdr_csv's column order: accountcode, src, dst, dcontext, clid, channel,
 * dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags, then uniqueid and
 * userfield (loguniqueid, loguserfield) and peeraccount, linkedid, sequence (newcdrcolumns) when configured.
 */
final class AsteriskCdrRow {

    static final String PROVIDER = "asterisk";
    static final int REQUIRED_COLUMNS = 16;
    static final int MAX_COLUMNS = 21;

    private static final String[] OPTIONAL = { "uniqueid", "userfield", "peeraccount", "linkedid", "sequence" };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern CALLER_ID = Pattern.compile("^\\s*\"?([^\"<]*)\"?\\s*<([^>]*)>\\s*$");

    private AsteriskCdrRow() {
    }

    /** Why a row cannot be read; the message is what the uploader is told for that line. */
    static final class BadRow extends RuntimeException {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    static boolean isHeader(CSVRecord row) {
        return row.size() > 1 && "accountcode".equalsIgnoreCase(row.get(0).trim())
                && "src".equalsIgnoreCase(row.get(1).trim());
    }

    static CallRecord read(CSVRecord row, ZoneId zone) {
        if (row.size() < REQUIRED_COLUMNS || row.size() > MAX_COLUMNS) {
            throw new BadRow("expected " + REQUIRED_COLUMNS + " to " + MAX_COLUMNS
                    + " columns in cdr_csv order (accountcode, src, dst, …, disposition, amaflags), found " + row.size());
        }
        String src = row.get(1).trim();
        if (src.isEmpty()) {
            throw new BadRow("src is empty: the caller's number is needed");
        }
        Instant start = time("start", row.get(9), zone);
        if (start == null) {
            throw new BadRow("start is empty");
        }
        time("answer", row.get(10), zone);
        time("end", row.get(11), zone);
        String uniqueId = optional(row, 16);
        CallRecord.Builder call = CallRecord.builder(PROVIDER,
                        uniqueId != null ? uniqueId : src + "@" + row.get(9).trim())
                .outcome(outcome(row.get(14), row.get(7), row.get(6)))
                .from(src)
                .to(blankToNull(row.get(2)))
                .callerName(callerName(row.get(4)))
                .startedAt(start)
                .durationSeconds(seconds("duration", row.get(12)))
                .billSeconds(seconds("billsec", row.get(13)))
                .queue("Queue".equalsIgnoreCase(row.get(7).trim()) ? queueName(row.get(8)) : null)
                .cause(row.get(14).trim().toUpperCase(Locale.ROOT))
                .detail("accountcode", row.get(0))
                .detail("dcontext", row.get(3))
                .detail("clid", row.get(4))
                .detail("channel", row.get(5))
                .detail("dstchannel", row.get(6))
                .detail("lastapp", row.get(7))
                .detail("lastdata", row.get(8))
                .detail("answer", row.get(10))
                .detail("end", row.get(11))
                .detail("amaflags", row.get(15));
        for (int i = REQUIRED_COLUMNS + 1; i < row.size(); i++) {
            call.detail(OPTIONAL[i - REQUIRED_COLUMNS], row.get(i));
        }
        return call.build();
    }

    /**
     * Asterisk's disposition says whether the channel was answered, not by whom: VoiceMail answers too, and so
     * does Queue for a caller who hangs up before an agent takes the call.
     */
    private static CallOutcome outcome(String disposition, String lastApp, String dstChannel) {
        switch (disposition.trim().toUpperCase(Locale.ROOT)) {
            case "ANSWERED":
                if ("VoiceMail".equalsIgnoreCase(lastApp.trim())) {
                    return CallOutcome.VOICEMAIL;
                }
                if ("Queue".equalsIgnoreCase(lastApp.trim()) && dstChannel.isBlank()) {
                    return CallOutcome.ABANDONED;
                }
                return CallOutcome.ANSWERED;
            case "NO ANSWER":
                return CallOutcome.MISSED;
            case "BUSY":
                return CallOutcome.BUSY;
            case "FAILED":
            case "CONGESTION":
                return CallOutcome.FAILED;
            default:
                throw new BadRow("disposition '" + disposition
                        + "' is not one of ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION");
        }
    }

    private static Instant time(String column, String value, ZoneId zone) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRow(column + " '" + value + "' is not a time like 2017-06-20 09:49:22");
        }
    }

    private static Long seconds(String column, String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative count
        }
        throw new BadRow(column + " '" + value + "' is not a whole number of seconds");
    }

    /** The name in a caller id such as {@code "Ana Ruiz" <4155550100>}; null when it has none. */
    static String callerName(String clid) {
        Matcher matcher = CALLER_ID.matcher(clid);
        String name = matcher.matches() ? matcher.group(1) : null;
        return name == null || name.isBlank() ? null : name.trim();
    }

    /** Queue's arguments are "name,options,…". */
    private static String queueName(String lastData) {
        int comma = lastData.indexOf(',');
        return blankToNull(comma < 0 ? lastData : lastData.substring(0, comma));
    }

    private static String optional(CSVRecord row, int index) {
        return row.size() > index ? blankToNull(row.get(index)) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
