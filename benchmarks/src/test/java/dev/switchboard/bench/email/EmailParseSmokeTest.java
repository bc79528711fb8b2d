package dev.switchboard.bench.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The JMH benchmark in its smallest form, in this JVM: it must still run and report a rate and an allocation. */
class EmailParseSmokeTest {

    @Test
    void emailBenchmarkReportsMessagesPerSecondAndAllocationPerMessage() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EmailParseBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(300))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        assertEquals(2, results.size(), "parse and normalize");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            assertTrue(result.getPrimaryResult().getScore() > 0, name + " messages/s");
            assertTrue(result.getSecondaryResults().get("gc.alloc.rate.norm").getScore() > 0, name + " bytes/message");
        }
    }
}
