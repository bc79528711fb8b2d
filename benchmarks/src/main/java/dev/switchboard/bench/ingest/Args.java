package dev.switchboard.bench.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} command-line options, taken one by one; {@link #done} refuses any left over. */
public final class Args {

    private final Map<String, String> given = new HashMap<>();

    public Args(String... args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
    }

    public String take(String name, String otherwise) {
        String value = given.remove(name);
        return value == null ? otherwise : value;
    }

    public int takeInt(String name, int otherwise) {
        return Integer.parseInt(take(name, Integer.toString(otherwise)));
    }

    /** A comma-separated list of numbers. */
    public List<Integer> takeInts(String name, String otherwise) {
        return Arrays.stream(take(name, otherwise).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** JVM options separated by spaces. */
    public List<String> takeWords(String name) {
        return Arrays.stream(take(name, "").split(" ")).filter(a -> !a.isBlank()).toList();
    }

    public void done() {
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + given.keySet());
        }
    }
}
