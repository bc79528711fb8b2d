package dev.switchboard.local.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.switchboard.contracts.Topics;
import dev.switchboard.local.LaunchException;
import dev.switchboard.testkit.KraftSettings;
import dev.switchboard.testkit.ServiceProcess;

/**
 * A real Kafka broker (one combined KRaft node) as a child process: {@code kafka.Kafka server.properties}, the same
 * path as a production broker. The settings are the test kit's, so tests and the launcher run one configuration.
 */
public final class KafkaProcess {

    public static final String NAME = "kafka";

    private static final String HEAP = "512m";
    private static final List<String> TOPICS = List.of(
            Topics.INBOUND, Topics.AGENT_EVENTS, Topics.DELIVERIES, Topics.OUTBOUND);

    private KafkaProcess() {
    }

    /**
     * Formats {@code settings.dataDir()} when it is new, writes {@code server.properties} beside it and starts the
     * broker with the launcher's own class path, which holds the Kafka server jars.
     */
    public static ServiceProcess start(KraftSettings settings, Path logFile, Consumer<String> echo) {
        try {
            Files.createDirectories(settings.dataDir());
            settings.formatStorage();
        } catch (Exception e) {
            throw new LaunchException("Could not prepare the Kafka data folder " + settings.dataDir() + " ("
                    + e.getMessage() + "): remove it to start with an empty broker.");
        }
        Path config = settings.dataDir().resolveSibling("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            settings.properties().store(out, "Written by the Switchboard launcher at every start; edits are lost");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = ServiceProcess.java(HEAP,
                "-cp", absoluteClassPath(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.showThreadName=false",
                "-Dorg.slf4j.simpleLogger.showShortLogName=true",
                "kafka.Kafka", config.toString());
        return ServiceProcess.start(NAME, command, Map.of(), logFile, echo);
    }

    /** The launcher's class path with every entry absolute, as the broker runs in another working folder. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** True for the broker's lines worth showing on the terminal; the rest stay in its log file. */
    public static boolean worthShowing(String line) {
        return line.contains(" WARN ") || line.contains(" ERROR ");
    }

    /** Waits until the broker answers a metadata request, then makes sure Switchboard's topics exist. */
    public static void awaitReady(ServiceProcess broker, String bootstrapServers, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250))) {
            while (!answers(admin)) {
                if (!broker.isAlive()) {
                    broker.onExit().join();
                    throw new LaunchException("The Kafka broker exited with code " + broker.exitCode()
                            + " while starting; the end of " + broker.logFile() + ":\n" + broker.tail(25));
                }
                if (System.nanoTime() > deadline) {
                    throw new LaunchException("The Kafka broker did not answer within " + bound.toSeconds()
                            + " s; the end of " + broker.logFile() + ":\n" + broker.tail(25));
                }
            }
            createTopics(admin);
        }
    }

    /** One describeCluster round trip; while the broker is starting it fails after its own timeout, pacing the loop. */
    private static boolean answers(Admin admin) {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000)).clusterId().get(2, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the Kafka broker.");
        }
    }

    /**
     * Creates Switchboard's topics (broker defaults for partitions and replicas) unless they exist, so consumers
     * get their partitions at once instead of waiting for the first record to create a topic.
     */
    public static void createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            createTopics(admin);
        }
    }

    private static void createTopics(Admin admin) {
        List<NewTopic> topics = TOPICS.stream().map(t -> new NewTopic(t, Optional.empty(), Optional.empty())).toList();
        admin.createTopics(topics).values().values().forEach(created -> {
            try {
                created.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new LaunchException("The Kafka broker would not create Switchboard's topics ("
                            + e.getCause().getMessage() + ").");
                }
            } catch (TimeoutException e) {
                throw new LaunchException("The Kafka broker did not create Switchboard's topics within 10 s.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while creating Switchboard's topics.");
            }
        });
    }
}
