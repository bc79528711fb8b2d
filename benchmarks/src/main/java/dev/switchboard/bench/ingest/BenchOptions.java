package dev.switchboard.bench.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of one ingest-chat benchmark run; {@code --name=value} on the command line, defaults for a full run from
 * the repository root. {@link #smoke} is the seconds-long run of the test suite. {@code --chat-jvm-args} adds JVM
 * options to ingest-chat only, e.g. to record a flight recording of it.
 */
record BenchOptions(
        RampOptions ramp,
        int producerRecords,
        Path chatJar,
        Path bareJar,
        Path workDir,
        List<String> chatJvmArgs) {

    private static final String DEFAULT_RATES = "1000,2000,4000,8000,12000,16000,20000,24000,28000,32000,40000,48000";

    static BenchOptions parse(String... arguments) {
        Args args = new Args(arguments);
        BenchOptions options = new BenchOptions(
                RampOptions.take(args, DEFAULT_RATES, 1000, 15),
                args.takeInt("producer-records", 300_000),
                Path.of(args.take("chat-jar", "ingest-chat/target/quarkus-app/quarkus-run.jar")),
                Path.of(args.take("bare-jar", "benchmarks/bare-endpoint/target/quarkus-app/quarkus-run.jar")),
                Path.of(args.take("work-dir", "benchmarks/target/ingest-benchmark")),
                args.takeWords("chat-jvm-args"));
        args.done();
        return options;
    }

    /** Tiny rates, one second a step: proves the whole path still runs and loses nothing, in seconds. */
    static BenchOptions smoke(Path chatJar, Path bareJar, Path workDir) {
        return new BenchOptions(RampOptions.smoke(List.of(100, 200)), 5_000, chatJar, bareJar, workDir, List.of());
    }
}
