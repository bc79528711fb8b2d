package dev.switchboard.bench.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.switchboard.bench.ingest.ServiceJars;
import dev.switchboard.testkit.ServiceProcess;

/**
 * Kafka's own end-to-end latency on the same broker at a given rate: {@code org.apache.kafka.tools.EndToEndLatency}
 * (the class behind kafka-e2e-latency.sh: produce one 1 KB record with acks=all, consume it, repeat) while
 * {@code ProducerPerformance} keeps the broker busy with 1 KB records at that rate (acks=all, idempotent,
 * linger.ms=1, ingest's settings). Each tool runs in a JVM of its own, as the services do.
 */
final class KafkaEndToEnd {

    private static final Pattern PERCENTILES = Pattern.compile(
            "Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
    private static final String TOPIC = "bench.e2e-latency";
    private static final int RECORD_BYTES = 1024;
    private static final Duration BOUND = Duration.ofMinutes(5);

    private KafkaEndToEnd() {
    }

    /** EndToEndLatency's result: its percentiles are whole milliseconds. */
    record Result(int rate, long messages, double averageMillis, long p50Millis, long p99Millis, long p999Millis) {
    }

    static Result at(String bootstrapServers, int rate, int messages, Path workDir) {
        String name = "producer-performance-" + rate;
        try (ServiceProcess load = ServiceProcess.start(name, ServiceProcess.java("256m",
                "-Duser.language=en", "-cp", absoluteClassPath(),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", ServiceJars.BASELINE_TOPIC,
                "--num-records", Long.toString((long) rate * 600),
                "--record-size", Integer.toString(RECORD_BYTES),
                "--throughput", Integer.toString(rate),
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true",
                "linger.ms=1"), Map.of(), workDir.resolve(name + ".log"), line -> { })) {
            return endToEnd(bootstrapServers, rate, messages, workDir);
        }
    }

    private static Result endToEnd(String bootstrapServers, int rate, int messages, Path workDir) {
        String name = "end-to-end-latency-" + rate;
        try (ServiceProcess tool = ServiceProcess.start(name, ServiceProcess.java("256m",
                "-Duser.language=en", "-cp", absoluteClassPath(),
                "org.apache.kafka.tools.EndToEndLatency",
                bootstrapServers, TOPIC, Integer.toString(messages), "all", Integer.toString(RECORD_BYTES)),
                Map.of(), workDir.resolve(name + ".log"), line -> { })) {
            if (!tool.endsWithin(BOUND) || tool.exitCode() != 0) {
                throw new IllegalStateException("EndToEndLatency did not finish cleanly; the end of "
                        + tool.logFile() + ":\n" + tool.tail(20));
            }
            return parse(tool.logFile(), rate, messages);
        }
    }

    private static Result parse(Path log, int rate, int messages) {
        try {
            String text = Files.readString(log);
            Matcher percentiles = PERCENTILES.matcher(text);
            Matcher average = AVERAGE.matcher(text);
            if (!percentiles.find() || !average.find()) {
                throw new IllegalStateException("no EndToEndLatency summary in " + log);
            }
            return new Result(rate, messages, Double.parseDouble(average.group(1)),
                    Long.parseLong(percentiles.group(1)), Long.parseLong(percentiles.group(2)),
                    Long.parseLong(percentiles.group(3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child runs in the work folder, so a relative class-path entry would not be found from there. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
