package dev.switchboard.bench.gateway;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The push benchmark with 20 agents at a low rate, one second a step: the broker, the bare server, the packaged
 * gateway, real sockets and the delivery check must all run, and nothing produced may be lost or arrive twice.
 */
class GatewayPushSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void pushesEveryDeliveryOnceThroughTheBareServerAndTheGateway() {
        PushOptions options = PushOptions.smoke(Path.of(System.getProperty("switchboard.bench.gateway-jar")),
                Path.of("target", "gateway-push-smoke"));

        PushReport report = GatewayPushBenchmark.run(options, System.out);
        report.print(System.out);

        PushStep bare = report.bare().steps().get(0);
        PushStep gateway = report.gateway().steps().get(0);
        assertAll(
                () -> assertTrue(bare.received() > 0 && bare.receivedPerSecond() > 0, "bare server pushed"),
                () -> assertTrue(gateway.received() > 0 && gateway.receivedPerSecond() > 0, "gateway pushed"),
                () -> assertEquals(bare.produced(), bare.received(), "bare: every produced delivery arrived"),
                () -> assertEquals(gateway.produced(), gateway.received(), "gateway: every produced delivery arrived"),
                () -> assertTrue(gateway.p99Millis() > 0 && bare.p99Millis() > 0, "latency recorded"),
                () -> assertTrue(report.gateway().idleRssMegabytes() > 0, "gateway RSS read"),
                () -> assertTrue(report.peakReceivedRatio() > 0, "ratio computed"),
                () -> assertEquals(0, report.bare().lost() + report.gateway().lost(), "lost"),
                () -> assertEquals(0, report.bare().duplicated() + report.gateway().duplicated(), "duplicated"),
                () -> assertTrue(report.clean(), "no socket closed by a server, no unreadable frame"));
    }
}
