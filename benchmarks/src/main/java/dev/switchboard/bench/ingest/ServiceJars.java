package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.ServiceProcess;

/**
 * What every whole-path benchmark does around its ramp: the in-process broker with the inbound and baseline topics,
 * services started from their quarkus-run.jar on a loopback port as in production, and the machine's load.
 */
public final class ServiceJars {

    public static final String BASELINE_TOPIC = "bench.producer-baseline";
    static final String HEAP = "512m";
    /** What the broker gives an auto-created topic, so ingest's topic and the baseline's are alike. */
    private static final int PARTITIONS = 4;
    private static final String LOOPBACK = "127.0.0.1";

    private ServiceJars() {
    }

    /** The in-process broker's address, with both topics created (a second run in the same JVM finds them). */
    static String broker() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.INBOUND, PARTITIONS, (short) 1),
                    new NewTopic(BASELINE_TOPIC, PARTITIONS, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the benchmark topics", e.getCause());
            }
        }
        return bootstrap;
    }

    /** {@code java -Xmx512m <jvmArgs> -jar <jar>} listening on 127.0.0.1:{@code port}, its log in the work folder. */
    public static ServiceProcess start(String name, Path jar, List<String> jvmArgs, int port, Map<String, String> more,
            Path workDir) {
        List<String> arguments = new ArrayList<>(jvmArgs);
        arguments.add("-Duser.language=en");
        arguments.add("-jar");
        arguments.add(jar.toAbsolutePath().toString());
        Map<String, String> environment = new HashMap<>(more);
        environment.put("QUARKUS_HTTP_HOST", LOOPBACK);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return ServiceProcess.start(name, ServiceProcess.java(HEAP, arguments.toArray(String[]::new)), environment,
                workDir.toAbsolutePath().resolve(name + ".log"), line -> { });
    }

    public static void requireFile(Path file, String build) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing; build it with " + build);
        }
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
