package dev.switchboard.ingest.phone.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.switchboard.ingest.phone.CallRecord;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.servicekit.ProblemException;

/**
 * Reads a Master.csv upload into calls, keeping each good row's line number and each bad row's reason.
 * Asterisk writes one row per leg: a ring group that rang three phones gives three rows with one uniqueid, and the
 * call is whatever its best leg was (answered on any phone means answered).
 */
final class AsteriskCdrCsv {

    record Call(CallRecord record, List<Long> lines) {
    }

    record Rejected(long line, String reason) {
    }

    record Batch(List<Call> calls, List<Rejected> rejected) {
    }

    private record Leg(long line, CallRecord call) {
    }

    private AsteriskCdrCsv() {
    }

    static Batch parse(String body, ZoneId zone, int maxRows) {
        Map<String, List<Leg>> legsByCall = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        LineIndex lines = new LineIndex(body);
        int rows = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(body))) {
            Iterator<CSVRecord> iterator = parser.iterator();
            long nextLine = 1;
            while (true) {
                CSVRecord row;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    row = iterator.next();
                } catch (UncheckedIOException e) {
                    // A broken quote leaves nothing after it that can be trusted to be split right.
                    rejected.add(new Rejected(nextLine, "unreadable CSV from this line on: " + e.getCause().getMessage()));
                    break;
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rows == 0 && rejected.isEmpty() && AsteriskCdrRow.isHeader(row)) {
                    continue;
                }
                if (++rows > maxRows) {
                    throw new ProblemException(Problem.of("payload-too-large", "Payload too large", 413,
                            "an upload holds at most " + maxRows + " rows; split the file", null));
                }
                long line = lines.lineOf(row.getCharacterPosition());
                try {
                    CallRecord call = AsteriskCdrRow.read(row, zone);
                    legsByCall.computeIfAbsent(call.callId(), id -> new ArrayList<>()).add(new Leg(line, call));
                } catch (AsteriskCdrRow.BadRow e) {
                    rejected.add(new Rejected(line, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Batch(legsByCall.values().stream().map(AsteriskCdrCsv::merge).toList(), rejected);
    }

    private static Call merge(List<Leg> legs) {
        List<Long> lines = legs.stream().map(Leg::line).toList();
        if (legs.size() == 1) {
            return new Call(legs.get(0).call(), lines);
        }
        CallRecord best = legs.stream().map(Leg::call)
                .max(Comparator.comparing(CallRecord::outcome)).orElseThrow();
        Instant firstStart = legs.stream().map(leg -> leg.call().startedAt())
                .min(Comparator.naturalOrder()).orElseThrow();
        return new Call(best.toBuilder().startedAt(firstStart).detail("legs", Integer.toString(legs.size())).build(),
                lines);
    }

    /** Line numbers from character positions, so quoted fields spanning lines and blank lines count right. */
    private static final class LineIndex {

        private final String text;
        private final long[] breaks;

        LineIndex(String text) {
            this.text = text;
            long[] found = new long[16];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i;
                }
            }
            breaks = Arrays.copyOf(found, count);
        }

        /** The line a record starts on; its position is before the blank lines the parser skipped. */
        long lineOf(long recordPosition) {
            int position = (int) recordPosition;
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                position++;
            }
            int index = Arrays.binarySearch(breaks, position);
            return (index >= 0 ? index : -index - 1) + 1;
        }
    }
}
