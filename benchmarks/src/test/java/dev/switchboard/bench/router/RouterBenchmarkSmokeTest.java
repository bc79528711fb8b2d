package dev.switchboard.bench.router;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The router whole-path benchmark for a few seconds: pgbench must run the offer transaction on the router's schema,
 * and the router must store, offer and assign conversations under it. The numbers themselves mean nothing here.
 */
class RouterBenchmarkSmokeTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void measuresPgbenchAndAssignmentsThroughTheRouter() throws Exception {
        RouterBenchOptions options = RouterBenchOptions.smoke(
                Path.of(System.getProperty("switchboard.bench.router-jar")),
                Path.of(System.getProperty("switchboard.bench.router-migrations")), Path.of("target", "router-smoke"));

        RouterBenchReport report = RouterBenchmark.run(options, System.out);
        report.print(System.out);

        assertAll(
                () -> assertTrue(report.pgbench().tps() > 0, "pgbench tps"),
                () -> assertTrue(report.pgbench().claimed() > 0, "pgbench claimed conversations"),
                () -> assertTrue(report.pgbench().leftQueued() > 0, "pgbench ran out of queued conversations"),
                () -> assertTrue(report.path().messagesPerSecond() > 0, "router stored messages"),
                () -> assertTrue(report.path().assignmentsPerSecond() > 0, "router assigned conversations"));
    }
}
