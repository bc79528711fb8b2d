package dev.switchboard.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The email whole-path benchmark at tiny rates, one second a step: ingest-email from its jar, the corpus (every
 * message at least once) and Postmark webhooks, the topic audit and Kafka's producer must all still run, and
 * nothing accepted may be lost or doubled.
 */
class EmailIngestBenchmarkSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void postsTheCorpusThroughIngestEmailIntoKafkaAndLosesNothing() {
        PathOptions options = PathOptions.smoke(List.of(40, 80),
                Path.of(System.getProperty("switchboard.bench.email-jar")), Path.of("target", "email-smoke"));

        PathReport report = EmailIngestBenchmark.run(options, true, System.out);
        report.print(System.out);

        assertAll(
                () -> assertTrue(report.ramp().steps().get(0).achievedRate() > 0, "ingest-email answered 202s"),
                () -> assertTrue(report.audit().acknowledged() > 0, "messages accepted"),
                () -> assertEquals(report.audit().expected(), report.audit().records(), "records on the topic"),
                () -> assertEquals(0, report.audit().lost(), "accepted messages missing from the topic"),
                () -> assertEquals(0, report.audit().duplicated(), "messages published twice"),
                () -> assertTrue(report.recordBytes() > 1, "the size of the published records was measured"),
                () -> assertTrue(report.producer().recordsPerSecond() > 0, "producer records/s"));
    }
}
