package dev.switchboard.bench.ingest;

import java.io.PrintStream;
import java.util.UUID;

/**
 * ingest-social's whole path: a realistic mix of signed WhatsApp, Messenger, Telegram and LINE webhooks (see
 * {@link SocialBodies}) posted open-loop to ingest-social from its jar, configured with this run's secrets; the
 * topic audited, then Kafka's own producer with records the size ingest-social published. Run from the repository
 * root: {@code java -cp benchmarks/target/benchmarks.jar dev.switchboard.bench.ingest.SocialIngestBenchmark
 * [--rates=500,1000,...] ...}
 */
public final class SocialIngestBenchmark {

    static final String SERVICE = "ingest-social";
    private static final PathOptions.Defaults DEFAULTS = new PathOptions.Defaults(
            "100,200,300,500,750,1000,1500,2000,3000,4000,6000,8000", 200, 20, 300_000,
            "ingest-social/target/quarkus-app/quarkus-run.jar", "benchmarks/target/social-benchmark");

    private SocialIngestBenchmark() {
    }

    public static void main(String[] arguments) {
        Args args = new Args(arguments);
        PathOptions options = PathOptions.take(args, DEFAULTS);
        args.done();
        PathReport report = run(options, System.out);
        report.print(System.out);
        // The broker's threads would keep the JVM alive; exiting runs the hook that stops it and deletes its data.
        System.exit(report.audit().clean() ? 0 : 1);
    }

    static PathReport run(PathOptions options, PrintStream progress) {
        SocialBodies bodies = new SocialBodies(System.currentTimeMillis(), new SocialBodies.Secrets(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        // Webhooks are signed by their provider, not sent with a connector key.
        return PathRun.run(SERVICE, "bodies", options, bodies, bodies.environment(), null, progress);
    }
}
