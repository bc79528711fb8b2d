package dev.switchboard.bench.ingest;

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

import dev.switchboard.testkit.ServiceProcess;

/**
 * Kafka's own producer on the same broker: {@code org.apache.kafka.tools.ProducerPerformance}, the class behind
 * kafka-producer-perf-test.sh, in a JVM of its own as each service has, sending records of a given size (1 KB for
 * chat, the mean size of what the service published for email and social) as fast as it can with ingest's producer
 * settings (acks=all, idempotent, linger.ms=5). Its records/s is the physical limit ingest is measured against.
 */
public final class ProducerBaseline {

    /** The summary line: "N records sent, R records/sec (M MB/sec), A ms avg latency, ..., P ms 99th, ...". */
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\).* (\\d+) ms 99th");

    private static final String NAME = "producer-performance";
    private static final Duration BOUND = Duration.ofMinutes(10);

    private ProducerBaseline() {
    }

    public record Result(long records, double recordsPerSecond, double megabytesPerSecond, double p99Millis,
            double machineBusyCores) {
    }

    public static Result run(String bootstrapServers, String topic, int records, int recordBytes, Path workDir) {
        long startNanos = System.nanoTime();
        long busyBefore = CpuSplit.Sample.take(ProcessHandle.current()).machineBusyNanos();
        try (ServiceProcess tool = ServiceProcess.start(NAME, ServiceProcess.java("512m",
                "-Duser.language=en", "-cp", absoluteClassPath(),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic,
                "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true",
                "linger.ms=5"), Map.of(), workDir.resolve(NAME + ".log"), line -> { })) {
            if (!tool.endsWithin(BOUND)) {
                throw new IllegalStateException("ProducerPerformance did not finish within " + BOUND.toMinutes()
                        + " min; the end of " + tool.logFile() + ":\n" + tool.tail(20));
            }
            double busyCores = (CpuSplit.Sample.take(ProcessHandle.current()).machineBusyNanos() - busyBefore)
                    / (double) (System.nanoTime() - startNanos);
            if (tool.exitCode() != 0) {
                throw new IllegalStateException("ProducerPerformance exited with " + tool.exitCode() + "; the end of "
                        + tool.logFile() + ":\n" + tool.tail(20));
            }
            return parse(tool.logFile(), busyCores);
        }
    }

    /** The child runs in the work folder, so a relative class-path entry would not be found from there. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Result parse(Path log, double busyCores) {
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher summary = SUMMARY.matcher(line);
                if (summary.find()) {
                    return new Result(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
                            Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)), busyCores);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no ProducerPerformance summary in " + log);
    }
}
