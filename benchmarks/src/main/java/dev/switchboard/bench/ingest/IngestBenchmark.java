package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KafkaBroker;

/**
 * The ingest whole-path benchmark, one run on one machine: Kafka's own producer on an in-process broker, then a bare
 * Quarkus endpoint and ingest-chat (each its own JVM) under open-loop load at rising rates, then the topic checked
 * against the 202s. Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.switchboard.bench.ingest.IngestBenchmark [--rates=500,1000,...] [--step-seconds=10] ...}
 */
public final class IngestBenchmark {

    static final String BASELINE_TOPIC = "bench.producer-baseline";
    /** What the broker gives an auto-created topic, so ingest's topic and the baseline's are alike. */
    private static final int PARTITIONS = 4;
    private static final String SERVICE_HEAP = "512m";
    private static final String LOOPBACK = "127.0.0.1";

    private IngestBenchmark() {
    }

    public static void main(String[] args) {
        BenchReport report = run(BenchOptions.parse(args), System.out);
        report.print(System.out);
        // The broker's threads would keep the JVM alive; exiting runs the hook that stops it and deletes its data.
        System.exit(report.audit().clean() ? 0 : 1);
    }

    static BenchReport run(BenchOptions options, PrintStream progress) {
        requireFile(options.chatJar(), "./mvnw package -DskipTests -pl ingest-chat");
        requireFile(options.bareJar(), "./mvnw package -DskipTests -pl benchmarks/bare-endpoint");
        String loadBefore = loadAverage();
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        createTopics(bootstrap);
        progress.printf("Kafka producer: %d records of %d B%n", options.producerRecords(), ChatBodies.TARGET_BYTES);
        ProducerBaseline.Result producer = ProducerBaseline.run(bootstrap, BASELINE_TOPIC, options.producerRecords(),
                options.workDir());
        progress.printf("Kafka producer: %.0f records/s%n", producer.recordsPerSecond());

        int barePort = FreePorts.next();
        int chatPort = FreePorts.next();
        String apiKey = UUID.randomUUID().toString();
        try (ServiceProcess bare = ServiceProcess.start("bare-endpoint", SERVICE_HEAP,
                jarWith(List.of(), options.bareJar()), http(barePort, Map.of()), options.workDir());
                ServiceProcess chat = ServiceProcess.start("ingest-chat", SERVICE_HEAP,
                        jarWith(options.chatJvmArgs(), options.chatJar()), http(chatPort, Map.of(
                                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                                "SWITCHBOARD_INGEST_API_KEYS_BENCH", apiKey)), options.workDir())) {
            // The bare endpoint has no health check: any HTTP answer means it listens.
            bare.awaitHttp(barePort, "/", status -> true);
            chat.awaitHttp(chatPort, "/q/health/ready", status -> status == 200);
            Ramp ramp = new Ramp(options, progress);
            RampResult bareResult;
            try (OpenLoopDriver driver = new OpenLoopDriver(
                    new OpenLoopDriver.Endpoint(barePort, "/bare", null), new ChatBodies("bare"),
                    options.connections(), options.maxInFlight())) {
                bareResult = ramp.run("bare endpoint", driver, bare);
            }
            ChatBodies posts = new ChatBodies(Long.toString(System.currentTimeMillis(), 36));
            RampResult ingestResult;
            try (OpenLoopDriver driver = new OpenLoopDriver(
                    new OpenLoopDriver.Endpoint(chatPort, "/v1/chat/messages", apiKey), posts,
                    options.connections(), options.maxInFlight())) {
                ingestResult = ramp.run("ingest-chat", driver, chat);
            }
            TopicAudit audit = TopicAudit.check(bootstrap, Topics.INBOUND, posts);
            return new BenchReport(options, producer, bareResult, ingestResult, audit, loadBefore, loadAverage());
        }
    }

    private static Map<String, String> http(int port, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(more);
        environment.put("QUARKUS_HTTP_HOST", LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return environment;
    }

    private static List<String> jarWith(List<String> jvmArgs, Path jar) {
        List<String> arguments = new ArrayList<>(jvmArgs);
        arguments.add("-jar");
        arguments.add(jar.toAbsolutePath().toString());
        return arguments;
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.INBOUND, PARTITIONS, (short) 1),
                    new NewTopic(BASELINE_TOPIC, PARTITIONS, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the benchmark topics", e.getCause());
        }
    }

    private static void requireFile(Path file, String build) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing; build it with " + build);
        }
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
