package dev.switchboard.bench.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-system benchmark for seconds: the local stack as the launcher starts it, the baselines, a few agents
 * over WebSockets and two tiny steps of mixed traffic. Every accepted post must be stored once, no conversation
 * held twice, offers must reach agents' sockets, and the table and the plot must be written. No number is a
 * threshold.
 */
class SystemBenchmarkSmokeTest {

    @TempDir
    Path reportDir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runsTheWholeSystemLosingNothingAndWritesTheReport() throws Exception {
        SystemOptions options = SystemOptions.smoke(Path.of(System.getProperty("switchboard.bench.repository")),
                Path.of("target", "system-smoke"), reportDir);

        SystemReport report = SystemBenchmark.run(options, System.out);
        Path table = report.write(reportDir);
        System.out.println(report.markdown());

        assertAll(
                () -> assertTrue(report.audit().postsAccepted() > 0, "posts accepted"),
                () -> assertEquals(0, report.audit().lost(), "lost records"),
                () -> assertEquals(0, report.audit().duplicated(), "duplicated records"),
                () -> assertEquals(0, report.audit().assignedTwice(), "conversations assigned twice"),
                () -> assertEquals(0, report.repeatedOfferFrames(), "offer frames repeated"),
                () -> assertTrue(report.steps().stream().anyMatch(s -> s.offered() > 0),
                        "offers traced to their posts"),
                () -> assertTrue(report.producer().recordsPerSecond() > 0, "producer baseline"),
                () -> assertTrue(report.steps().stream().allMatch(s -> s.kafka().messages() > 0),
                        "Kafka end-to-end baseline"),
                () -> assertTrue(Files.size(table) > 0, "markdown table"),
                () -> assertTrue(Files.size(reportDir.resolve(SystemReport.PLOT)) > 0, "PNG plot"));
    }
}
