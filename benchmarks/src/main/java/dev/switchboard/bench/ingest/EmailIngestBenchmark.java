package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * ingest-email's whole path: raw RFC 5322 messages from the corpus (and every tenth a Postmark webhook, see
 * {@link EmailBodies}) posted open-loop to ingest-email from its jar, the topic audited, then Kafka's own producer
 * with records the size ingest-email published. Run from the repository root: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.switchboard.bench.ingest.EmailIngestBenchmark [--rates=100,200,...] ...}
 */
public final class EmailIngestBenchmark {

    static final String SERVICE = "ingest-email";
    private static final PathOptions.Defaults DEFAULTS = new PathOptions.Defaults(
            "50,100,200,300,400,500,600,800,1000,1500,2000", 100, 60, 100_000,
            "ingest-email/target/quarkus-app/quarkus-run.jar", "benchmarks/target/email-benchmark");

    private EmailIngestBenchmark() {
    }

    public static void main(String[] arguments) {
        Args args = new Args(arguments);
        boolean postmark = Boolean.parseBoolean(args.take("postmark", "true"));
        PathOptions options = PathOptions.take(args, DEFAULTS);
        args.done();
        PathReport report = run(options, postmark, System.out);
        report.print(System.out);
        // The broker's threads would keep the JVM alive; exiting runs the hook that stops it and deletes its data.
        System.exit(report.audit().clean() ? 0 : 1);
    }

    static PathReport run(PathOptions options, boolean postmark, PrintStream progress) {
        EmailBodies bodies = new EmailBodies(Long.toString(System.currentTimeMillis(), 36), postmark);
        // The service keeps every raw message (store-raw, as in production); here, in the work folder, and only
        // for the run.
        Path store = options.workDir().toAbsolutePath().resolve("attachments");
        try {
            return PathRun.run(SERVICE, "messages", options, bodies,
                    Map.of("SWITCHBOARD_EMAIL_ATTACHMENTS_PATH", store.toString()), UUID.randomUUID().toString(),
                    progress);
        } finally {
            delete(store);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }
}
