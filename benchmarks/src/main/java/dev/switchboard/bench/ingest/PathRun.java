package dev.switchboard.bench.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.ServiceProcess;

/**
 * One service's whole path, one run on one machine: the service from its quarkus-run.jar against the in-process
 * broker, the open-loop ramp with its {@link Bodies}, the topic audit, and then Kafka's own producer on the same
 * broker with records of the mean size the service published (the service stopped by then, so each has the machine
 * to itself).
 */
final class PathRun {

    private static final Duration READY = Duration.ofSeconds(90);

    private PathRun() {
    }

    /** {@code apiKey}, when not null, is configured as a connector key and sent in X-Api-Key. */
    static PathReport run(String service, String unit, PathOptions options, Bodies bodies,
            Map<String, String> environment, String apiKey, PrintStream progress) {
        ServiceJars.requireFile(options.jar(), "./mvnw package -DskipTests -pl " + service);
        String loadBefore = ServiceJars.loadAverage();
        String bootstrap = ServiceJars.broker();
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        if (apiKey != null) {
            settings.put("SWITCHBOARD_INGEST_API_KEYS_BENCH", apiKey);
        }
        int port = FreePorts.next();
        RampResult ramp;
        PostLog log;
        try (ServiceProcess process = ServiceJars.start(service, options.jar(), options.jvmArgs(), port, settings,
                options.workDir())) {
            process.awaitReady(port, READY);
            try (OpenLoopDriver driver = new OpenLoopDriver(new OpenLoopDriver.Endpoint(port, apiKey), bodies,
                    options.ramp().connections(), options.ramp().maxInFlight())) {
                ramp = new Ramp(options.ramp(), progress).run(service, driver, process);
                log = driver.log();
            }
        }
        TopicAudit audit = TopicAudit.check(bootstrap, Topics.INBOUND, bodies, log);
        int recordBytes = (int) Math.max(1, Math.round(audit.meanRecordBytes()));
        progress.printf("Kafka producer: %d records of %d B (the mean of %s's)%n", options.producerRecords(),
                recordBytes, service);
        ProducerBaseline.Result producer = ProducerBaseline.run(bootstrap, ServiceJars.BASELINE_TOPIC,
                options.producerRecords(), recordBytes, options.workDir());
        return new PathReport(service, unit, options.ramp(), ramp, audit, recordBytes, producer, loadBefore,
                ServiceJars.loadAverage());
    }
}
