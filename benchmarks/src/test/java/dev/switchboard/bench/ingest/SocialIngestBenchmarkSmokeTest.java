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
 * The social whole-path benchmark at tiny rates, one second a step: ingest-social from its jar must accept every
 * signed body of the mix, publish each message of a batch once, statuses as status updates only, and Kafka's
 * producer must still run.
 */
class SocialIngestBenchmarkSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void postsSignedBatchesThroughIngestSocialIntoKafkaAndLosesNothing() {
        PathOptions options = PathOptions.smoke(List.of(50, 100),
                Path.of(System.getProperty("switchboard.bench.social-jar")), Path.of("target", "social-smoke"));

        PathReport report = SocialIngestBenchmark.run(options, System.out);
        report.print(System.out);

        assertAll(
                () -> assertTrue(report.ramp().steps().get(0).achievedRate() > 0, "ingest-social answered 200s"),
                () -> assertTrue(report.audit().expected() > report.audit().acknowledged(), "batches of records"),
                () -> assertEquals(report.audit().expected(), report.audit().records(), "records on the topic"),
                () -> assertTrue(report.audit().statuses() > 0, "status bodies published status updates"),
                () -> assertEquals(0, report.audit().wrongKind(), "a status published as a message, or the reverse"),
                () -> assertEquals(0, report.audit().lost(), "accepted records missing from the topic"),
                () -> assertEquals(0, report.audit().duplicated(), "records published twice"),
                () -> assertTrue(report.producer().recordsPerSecond() > 0, "producer records/s"));
    }
}
