package dev.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka broker (KRaft, one combined node) inside the test JVM.
 * One is shared by every test class of a JVM ({@link #shared()}); it keeps its ports and data
 * across {@link #stop()} and {@link #start()}, so tests can take the broker away and bring it back.
 */
public final class KafkaBroker {

    private static KafkaBroker shared;

    private final KraftSettings settings;
    private KafkaRaftServer server;

    private KafkaBroker(KraftSettings settings) {
        this.settings = settings;
    }

    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = create();
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::destroy, "kafka-broker-shutdown"));
        }
        return shared;
    }

    /** A broker of its own, not yet started, on fresh ports and a fresh data folder. */
    public static KafkaBroker create() {
        try {
            Path dir = Files.createTempDirectory("switchboard-kafka-");
            return new KafkaBroker(new KraftSettings(FreePorts.next(), FreePorts.next(), dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            settings.formatStorage();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + settings.dataDir(), e);
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(settings.properties(), false), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private void destroy() {
        stop();
        try (Stream<Path> files = Files.walk(settings.dataDir())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
