package dev.switchboard.local.process;

import java.io.PrintStream;

/**
 * The merged, readable log on the terminal: every line of every child prefixed with its name, the launcher's own
 * lines marked so they stand out. Whole lines only, so two services never interleave mid-line.
 */
public final class ConsoleLog {

    private static final int NAME_WIDTH = 13;

    private final PrintStream out;

    public ConsoleLog(PrintStream out) {
        this.out = out;
    }

    /** A line from a child process. */
    public synchronized void line(String source, String line) {
        out.println(pad(source) + " | " + line);
    }

    /** A line from the launcher itself. */
    public synchronized void say(String message) {
        out.println("==> " + message);
    }

    /** Several lines printed together, e.g. a table. */
    public synchronized void block(String text) {
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    private static String pad(String name) {
        return name.length() >= NAME_WIDTH ? name : name + " ".repeat(NAME_WIDTH - name.length());
    }
}
