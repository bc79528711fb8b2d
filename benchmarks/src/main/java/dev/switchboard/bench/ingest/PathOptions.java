package dev.switchboard.bench.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of one service's whole-path run (email, social): the ramp, the records Kafka's own producer sends
 * afterwards, the service's jar, the work folder for logs and {@code --jvm-args} for the service only.
 */
record PathOptions(RampOptions ramp, int producerRecords, Path jar, Path workDir, List<String> jvmArgs) {

    /** Defaults for a full run from the repository root. */
    record Defaults(String rates, int warmupRate, int warmupSeconds, int producerRecords, String jar,
            String workDir) {
    }

    /** Takes this run's options from {@code args}; the caller takes its own first and then calls {@link Args#done}. */
    static PathOptions take(Args args, Defaults defaults) {
        return new PathOptions(
                RampOptions.take(args, defaults.rates(), defaults.warmupRate(), defaults.warmupSeconds()),
                args.takeInt("producer-records", defaults.producerRecords()),
                Path.of(args.take("jar", defaults.jar())),
                Path.of(args.take("work-dir", defaults.workDir())),
                args.takeWords("jvm-args"));
    }

    /** Tiny rates, one second a step: proves the whole path still runs and loses nothing, in seconds. */
    static PathOptions smoke(List<Integer> rates, Path jar, Path workDir) {
        return new PathOptions(RampOptions.smoke(rates), 5_000, jar, workDir, List.of());
    }
}
