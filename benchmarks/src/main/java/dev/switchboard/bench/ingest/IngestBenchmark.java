package dev.switchboard.bench.ingest;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.ServiceProcess;

/**
 * The ingest whole-path benchmark, one run on one machine: Kafka's own producer on an in-process broker, then a bare
 * Quarkus endpoint and ingest-chat (each its own JVM) under open-loop load at rising rates, then the topic checked
 * against the 202s. Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.switchboard.bench.ingest.IngestBenchmark [--rates=500,1000,...] [--step-seconds=10] ...}
 */
public final class IngestBenchmark {

    private static final Duration READY = Duration.ofSeconds(90);

    private IngestBenchmark() {
    }

    public static void main(String[] args) {
        BenchReport report = run(BenchOptions.parse(args), System.out);
        report.print(System.out);
        // The broker's threads would keep the JVM alive; exiting runs the hook that stops it and deletes its data.
        System.exit(report.audit().clean() ? 0 : 1);
    }

    static BenchReport run(BenchOptions options, PrintStream progress) {
        ServiceJars.requireFile(options.chatJar(), "./mvnw package -DskipTests -pl ingest-chat");
        ServiceJars.requireFile(options.bareJar(), "./mvnw package -DskipTests -pl benchmarks/bare-endpoint");
        String loadBefore = ServiceJars.loadAverage();
        String bootstrap = ServiceJars.broker();
        progress.printf("Kafka producer: %d records of %d B%n", options.producerRecords(), ChatBodies.TARGET_BYTES);
        ProducerBaseline.Result producer = ProducerBaseline.run(bootstrap, ServiceJars.BASELINE_TOPIC,
                options.producerRecords(), ChatBodies.TARGET_BYTES, options.workDir());
        progress.printf("Kafka producer: %.0f records/s%n", producer.recordsPerSecond());

        int barePort = FreePorts.next();
        int chatPort = FreePorts.next();
        String apiKey = UUID.randomUUID().toString();
        try (ServiceProcess bare = ServiceJars.start("bare-endpoint", options.bareJar(), List.of(), barePort,
                Map.of(), options.workDir());
                ServiceProcess chat = ServiceJars.start("ingest-chat", options.chatJar(), options.chatJvmArgs(),
                        chatPort, Map.of(
                                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                                "SWITCHBOARD_INGEST_API_KEYS_BENCH", apiKey), options.workDir())) {
            // The bare endpoint has no health check: any HTTP answer means it listens.
            bare.awaitHttp(URI.create("http://127.0.0.1:" + barePort + "/"), status -> true, READY);
            chat.awaitReady(chatPort, READY);
            Ramp ramp = new Ramp(options.ramp(), progress);
            RampResult bareResult;
            try (OpenLoopDriver driver = new OpenLoopDriver(new OpenLoopDriver.Endpoint(barePort, null),
                    new ChatBodies("bare", "/bare"), options.ramp().connections(), options.ramp().maxInFlight())) {
                bareResult = ramp.run("bare endpoint", driver, bare);
            }
            ChatBodies posts = new ChatBodies(Long.toString(System.currentTimeMillis(), 36), "/v1/chat/messages");
            RampResult ingestResult;
            PostLog log;
            try (OpenLoopDriver driver = new OpenLoopDriver(new OpenLoopDriver.Endpoint(chatPort, apiKey), posts,
                    options.ramp().connections(), options.ramp().maxInFlight())) {
                ingestResult = ramp.run("ingest-chat", driver, chat);
                log = driver.log();
            }
            TopicAudit audit = TopicAudit.check(bootstrap, Topics.INBOUND, posts, log);
            return new BenchReport(options, producer, bareResult, ingestResult, audit, loadBefore,
                    ServiceJars.loadAverage());
        }
    }
}
