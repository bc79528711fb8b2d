package dev.switchboard.bench.system;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.bench.ingest.ChatBodies;
import dev.switchboard.bench.ingest.OpenLoopDriver;
import dev.switchboard.bench.ingest.ProducerBaseline;
import dev.switchboard.bench.ingest.Ramp;
import dev.switchboard.bench.ingest.RampOptions;
import dev.switchboard.bench.ingest.RampResult;
import dev.switchboard.bench.ingest.ServiceJars;
import dev.switchboard.bench.ingest.SocialBodies;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.local.LocalService;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.ServiceProcess;

/**
 * The whole system against the physical limit, one run on one machine (issue 10): the local stack as the launcher
 * starts it (KRaft broker, PostgreSQL, every service), the baselines on the same broker (Kafka's ProducerPerformance
 * at full speed, EndToEndLatency at each step's rate, a bare Quarkus endpoint's highest rate), agents seeded through
 * the router's admin API and connected over real WebSockets, then mixed traffic open loop at stepped rates, the
 * router's database held against every post, and a markdown table and a latency-vs-rate plot. Run from the
 * repository root: {@code java -cp benchmarks/target/benchmarks.jar dev.switchboard.bench.system.SystemBenchmark}.
 */
public final class SystemBenchmark {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration AGENTS_AVAILABLE = Duration.ofSeconds(120);
    /** A queue that has not shrunk for this long waits for a later routing stage, not for the router. */
    private static final Duration STALLED = Duration.ofSeconds(10);

    private SystemBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(SystemOptions.USAGE);
            return;
        }
        SystemOptions options = SystemOptions.parse(args);
        SystemReport report = run(options, System.out);
        Path table = report.write(options.reportDir());
        System.out.println(report.markdown());
        System.out.println("Written: " + table + " and " + table.resolveSibling(SystemReport.PLOT));
        System.exit(report.clean() ? 0 : 1);
    }

    static SystemReport run(SystemOptions options, PrintStream progress) throws Exception {
        Path bareJar = options.repository().resolve("benchmarks/bare-endpoint/target/quarkus-app/quarkus-run.jar");
        ServiceJars.requireFile(bareJar, "./mvnw package -DskipTests -pl benchmarks/bare-endpoint");
        Path workDir = options.workDir().toAbsolutePath();
        Files.createDirectories(workDir);
        Instant startedAt = Instant.now();
        String loadBefore = ServiceJars.loadAverage();
        long run = System.currentTimeMillis();
        SocialBodies social = new SocialBodies(run, new SocialBodies.Secrets(secret(), secret(), secret()));

        progress.println("Starting the local stack (broker, PostgreSQL database, " + LocalService.values().length
                + " services) as the launcher does; logs in " + workDir.resolve("logs"));
        try (SystemStack stack = SystemStack.start(options.repository(), workDir, social.environment())) {
            progress.printf("Kafka producer: %,d records of 1,024 B%n", options.producerRecords());
            ProducerBaseline.Result producer = ProducerBaseline.run(stack.bootstrapServers(),
                    ServiceJars.BASELINE_TOPIC, options.producerRecords(), ChatBodies.TARGET_BYTES, workDir);
            progress.printf("Kafka producer: %,.0f records/s%n", producer.recordsPerSecond());
            RampResult bare = bareEndpoint(options, bareJar, workDir, progress);
            progress.printf("bare endpoint: %,d req/s held%n", bare.bestRate());

            List<AgentRoster.Agent> roster = AgentRoster.of(options.agents(), Instant.now());
            defineAgents(stack, roster);
            RouterAudit audit = new RouterAudit(stack.database());
            try (AgentDesks desks = AgentDesks.connect(stack.port(LocalService.AGENT_GATEWAY),
                    roster.stream().map(AgentRoster.Agent::id).toList(), stack.tokens(), options.handleTime())) {
                if (!RouterAudit.await(() -> audit.available() >= options.agents(), AGENTS_AVAILABLE)) {
                    throw new IllegalStateException("only " + audit.available() + " of " + options.agents()
                            + " agents became AVAILABLE");
                }
                progress.printf("%d agents connected and AVAILABLE%n", options.agents());
                return drive(options, stack, audit, desks, social, Long.toString(run, 36), producer, bare,
                        startedAt, loadBefore, workDir, progress);
            }
        }
    }

    private static SystemReport drive(SystemOptions options, SystemStack stack, RouterAudit audit,
            AgentDesks desks, SocialBodies social, String run, ProducerBaseline.Result producer, RampResult bare,
            Instant startedAt, String loadBefore, Path workDir, PrintStream progress) throws Exception {
        MixedBodies bodies = new MixedBodies(run, social);
        Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
        for (LocalService service : LocalService.values()) {
            ports.put(service, stack.port(service));
        }
        List<SystemDriver.Step> edges = new ArrayList<>();
        List<Map<String, StackUsage.Use>> usages = new ArrayList<>();
        try (SystemDriver driver = new SystemDriver(bodies, ports, stack.apiKey());
                StackUsage usage = new StackUsage(stack.processes())) {
            progress.printf("warm-up: %d msg/s for %d s%n", options.warmupRate(), options.warmup().toSeconds());
            driver.offer(options.warmupRate(), options.warmup());
            for (int rate : options.rates()) {
                usage.begin();
                SystemDriver.Step step = driver.offer(rate, options.step());
                usages.add(usage.end());
                edges.add(step);
                progress.printf("%d msg/s: %d accepted, %d failed, %d shed%s%n", rate, step.accepted(),
                        step.failed(), step.shed(), step.firstFailure() == null ? "" : " (" + step.firstFailure()
                                + ")");
            }
            long expected = expectedRecords(bodies, driver.accepted());
            progress.printf("draining: waiting up to %d s for %,d records to be stored and every conversation"
                    + " offered%n", options.drain().toSeconds(), expected);
            RouterAudit.await(() -> audit.messages() >= expected, options.drain());
            progress.printf("draining: %,d stored; waiting for the last offers%n", audit.messages());
            audit.awaitOffered(options.drain(), STALLED);
            long auditNanos = System.nanoTime();
            RouterAudit.Result result = audit.check(bodies, driver, desks.offers(), desks.heldTwice(),
                    RouterLag.of(stack.bootstrapServers()));
            progress.println("slowest first offer: " + audit.slowestExplanation());
            List<StepOutcome> steps = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                int rate = edges.get(i).rate();
                progress.printf("Kafka EndToEndLatency at %d records/s%n", rate);
                KafkaEndToEnd.Result kafka = KafkaEndToEnd.at(stack.bootstrapServers(), rate,
                        options.e2eMessages(), workDir);
                steps.add(StepOutcome.of(edges.get(i), driver, bodies, result, auditNanos, kafka, usages.get(i)));
            }
            return new SystemReport(options, startedAt, loadBefore, ServiceJars.loadAverage(), producer, bare, steps,
                    result, desks.repeatedOffers(), desks.errors(), desks.open(), options.agents());
        }
    }

    private static long expectedRecords(MixedBodies bodies, BitSet accepted) {
        long records = 0;
        for (int n = accepted.nextSetBit(0); n >= 0; n = accepted.nextSetBit(n + 1)) {
            records += bodies.yields(n);
        }
        return records;
    }

    /** The bare Quarkus endpoint's highest rate, ramped as the ingest benchmark ramps it. */
    private static RampResult bareEndpoint(SystemOptions options, Path jar, Path workDir, PrintStream progress) {
        int port = FreePorts.next();
        RampOptions ramp = new RampOptions(options.bareRates(), options.bareStep(), options.bareRates().get(0),
                options.bareStep(), 50, 0.95, 1, 256, 2048);
        try (ServiceProcess bare = ServiceJars.start("bare-endpoint", jar, List.of(), port, Map.of(), workDir);
                OpenLoopDriver driver = new OpenLoopDriver(new OpenLoopDriver.Endpoint(port, null),
                        new ChatBodies("bare", "/bare"), ramp.connections(), ramp.maxInFlight())) {
            // The bare endpoint has no health check: any HTTP answer means it listens.
            bare.awaitHttp(URI.create("http://127.0.0.1:" + port + "/"), status -> true, READY);
            return new Ramp(ramp, progress).run("bare endpoint", driver, bare);
        }
    }

    private static void defineAgents(SystemStack stack, List<AgentRoster.Agent> roster)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String token = stack.tokens().supervisorToken("bench-admin");
        for (AgentRoster.Agent agent : roster) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + stack.port(LocalService.ROUTER) + "/v1/agents/" + agent.id()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json(agent.definition()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("defining " + agent.id() + ": HTTP " + answer.statusCode() + " "
                        + answer.body());
            }
        }
    }

    private static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
