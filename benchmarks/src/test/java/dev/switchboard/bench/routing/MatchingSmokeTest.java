package dev.switchboard.bench.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The matching benchmark in its smallest form, in this JVM: its setup (index = scan) passes and it reports rates. */
class MatchingSmokeTest {

    @Test
    void matchingBenchmarkReportsDecisionsPerSecond() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(MatchingBenchmark.class.getName())
                .param("agents", "1000")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(300))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        assertEquals(3, results.size(), "decide, decideAndAssign and scan");
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark() + " decisions/s");
        }
    }
}
