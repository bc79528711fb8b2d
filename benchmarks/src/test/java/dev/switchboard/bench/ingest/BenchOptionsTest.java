package dev.switchboard.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void readsTheDocumentedOptionsAndKeepsDefaultsForTheRest() {
        BenchOptions options = BenchOptions.parse("--rates=500, 1000", "--step-seconds=3",
                "--chat-jvm-args=-XX:+UseSerialGC -Xss512k");

        assertEquals(List.of(500, 1000), options.ramp().rates());
        assertEquals(Duration.ofSeconds(3), options.ramp().step());
        assertEquals(List.of("-XX:+UseSerialGC", "-Xss512k"), options.chatJvmArgs());
        assertEquals(50, options.ramp().p99BoundMillis());
        assertEquals(300_000, options.producerRecords());
    }

    @Test
    void rejectsAnOptionItDoesNotKnow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("--rate=500"));
        assertEquals("unknown options [rate]", e.getMessage());
    }
}
