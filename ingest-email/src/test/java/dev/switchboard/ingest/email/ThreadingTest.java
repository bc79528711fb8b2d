package dev.switchboard.ingest.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThreadingTest {

    @Test
    void normalizesFoldedDuplicateAndInvalidIds() {
        ProblemLog problems = new ProblemLog();
        List<String> ids = Threading.ids("<a.1@Example.COM> <a.1@example.com>\r\n <invalid.  \r\n x> <b.2@x.org>", problems, "References");
        assertEquals(List.of("a.1@example.com", "b.2@x.org"), ids);
        assertTrue(problems.problems().contains("References has an invalid id"));
    }

    @Test
    void rootIsTheFirstReferenceThenInReplyToThenOwnId() {
        assertEquals("r@x", Threading.root(List.of("r@x", "s@x"), List.of("s@x"), "m@x"));
        assertEquals("s@x", Threading.root(List.of(), List.of("s@x"), "m@x"));
        assertEquals("m@x", Threading.root(List.of(), List.of(), "m@x"));
    }

    @Test
    void stripsReplyAndForwardPrefixesFromSubjects() {
        assertEquals("order late", Threading.normalizeSubject("Re: AW: Fwd: SV: Order  late"));
        assertEquals("order late", Threading.normalizeSubject("R: R: I: Order late"));
    }
}
