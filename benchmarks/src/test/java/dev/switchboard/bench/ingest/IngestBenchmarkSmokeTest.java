package dev.switchboard.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole-path benchmark at tiny rates, one second a step: every part of it (broker, Kafka's producer tool, both
 * services, the driver, the topic check) must still run, and nothing acknowledged may be lost or doubled.
 */
class IngestBenchmarkSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void measuresTheProducerTheBareEndpointAndIngestAndLosesNothing() {
        BenchOptions options = BenchOptions.smoke(Path.of(System.getProperty("switchboard.bench.chat-jar")),
                Path.of(System.getProperty("switchboard.bench.bare-jar")), Path.of("target", "ingest-smoke"));

        BenchReport report = IngestBenchmark.run(options, System.out);
        report.print(System.out);

        assertAll(
                () -> assertTrue(report.producer().recordsPerSecond() > 0, "producer records/s"),
                () -> assertTrue(report.bare().steps().get(0).achievedRate() > 0, "bare endpoint answered 202s"),
                () -> assertTrue(report.ingest().steps().get(0).achievedRate() > 0, "ingest answered 202s"),
                () -> assertTrue(report.ingest().steps().get(0).p99Millis() > 0, "ingest latency recorded"),
                () -> assertTrue(report.audit().acknowledged() > 0, "posts acknowledged"),
                () -> assertEquals(0, report.audit().lost(), "acknowledged posts missing from the topic"),
                () -> assertEquals(0, report.audit().duplicated(), "posts published twice"));
    }
}
