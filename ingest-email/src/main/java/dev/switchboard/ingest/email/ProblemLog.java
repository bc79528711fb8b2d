package dev.switchboard.ingest.email;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.james.mime4j.codec.DecodeMonitor;

/**
 * What was wrong with a message, collected instead of thrown: mime4j reports its own findings here (it is the
 * parser's {@link DecodeMonitor}), and the email code adds its own. Any problem makes the message MALFORMED.
 * Bounded, so a message built to produce millions of warnings cannot grow it without limit.
 */
public final class ProblemLog extends DecodeMonitor {

    static final int MAX_PROBLEMS = 20;

    private final Set<String> problems = new LinkedHashSet<>();
    private final Set<String> ignored;
    private int overflow;

    public ProblemLog() {
        this(Set.of());
    }

    /** @param ignored warnings that are no problem for this reader (e.g. LF line endings) */
    public ProblemLog(Set<String> ignored) {
        this.ignored = ignored;
    }

    /** Records the warning and tells mime4j to carry on: lenient parsing, never an exception. */
    @Override
    public boolean warn(String error, String dropDesc) {
        add(error);
        return false;
    }

    @Override
    public boolean isListening() {
        return true;
    }

    public void add(String problem) {
        if (problem == null || ignored.contains(problem) || problems.contains(problem)) {
            return;
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            overflow++;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        if (overflow > 0) {
            all.add(overflow + " more problems");
        }
        return all;
    }
}
