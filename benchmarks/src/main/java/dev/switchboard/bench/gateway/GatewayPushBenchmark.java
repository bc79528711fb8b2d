package dev.switchboard.bench.gateway;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.TokenIssuer;

/**
 * Agent push, one run on one machine: an in-process broker, then a bare Vert.x WebSocket server and the packaged
 * agent gateway (each its own JVM, one after the other), each with N agents connected over real WebSockets and
 * offers produced to the deliveries topic at rising open-loop rates. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.switchboard.bench.gateway.GatewayPushBenchmark
 * [--agents=1000] [--rates=1000,2000,...] [--step-seconds=10] [--warmup-rate=2000] [--warmup-seconds=10]}.
 */
public final class GatewayPushBenchmark {

    private static final Duration READY = Duration.ofSeconds(120);
    /** As many partitions as the broker gives the router's auto-created topics. */
    private static final int PARTITIONS = 4;

    private GatewayPushBenchmark() {
    }

    public static void main(String[] args) {
        PushReport report = run(PushOptions.parse(args), System.out);
        report.print(System.out);
        // The broker's threads would keep the JVM alive; exiting runs the hook that stops it and deletes its data.
        System.exit(report.clean() ? 0 : 1);
    }

    static PushReport run(PushOptions options, PrintStream progress) {
        if (!Files.isRegularFile(options.gatewayJar())) {
            throw new IllegalStateException(options.gatewayJar().toAbsolutePath()
                    + " is missing; build it with ./mvnw package -DskipTests -pl agent-gateway -am");
        }
        String loadBefore = loadAverage();
        String bootstrap = broker();
        TokenIssuer tokens = TokenIssuer.shared();
        BenchOffers offers = new BenchOffers(options.agents());
        try (OpenLoopProducer producer = new OpenLoopProducer(bootstrap, Topics.DELIVERIES, offers);
                FakeRouterWork router = new FakeRouterWork()) {
            PushRamp ramp = new PushRamp(options, producer, progress);
            PushPhase bare;
            try (BareServer server = BareServer.start(bootstrap, Topics.DELIVERIES, options.workDir(), READY)) {
                bare = ramp.run(server);
            }
            PushPhase gateway;
            try (GatewayServer server = GatewayServer.start(options.gatewayJar(), options.gatewayJvmArgs(), bootstrap, router.url(), tokens,
                    options.workDir(), READY)) {
                gateway = ramp.run(server);
            }
            return new PushReport(options, bare, gateway, loadBefore, loadAverage());
        }
    }

    /** The in-process broker, with the deliveries topic made (a second run in the same JVM finds it). */
    private static String broker() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.DELIVERIES, PARTITIONS, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + Topics.DELIVERIES, e.getCause());
            }
        }
        return bootstrap;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
