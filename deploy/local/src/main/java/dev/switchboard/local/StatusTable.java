package dev.switchboard.local;

import java.util.ArrayList;
import java.util.List;

/** The table printed once everything is ready: what runs where, and where its log is. */
public final class StatusTable {

    public record Row(String service, int port, String url, String logFile) {
    }

    private final List<Row> rows = new ArrayList<>();

    public StatusTable add(String service, int port, String url, String logFile) {
        rows.add(new Row(service, port, url, logFile));
        return this;
    }

    public String render() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] { "SERVICE", "PORT", "URL", "LOG" });
        rows.forEach(r -> cells.add(new String[] { r.service(), Integer.toString(r.port()), r.url(), r.logFile() }));
        int[] widths = new int[4];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                String cell = i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2);
                out.append(i == 0 ? "  " : "").append(cell);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
