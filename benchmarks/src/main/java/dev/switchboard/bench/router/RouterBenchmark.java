package dev.switchboard.bench.router;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.contracts.Presence;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.TokenIssuer;

/**
 * The router's whole path against PostgreSQL's own limit, one run on one machine. First pgbench runs the router's
 * offer transaction (lock the agent, capacity-guarded claim of the best queued conversation, insert the offer) on a
 * scratch database with the router's schema. Then one router from its quarkus-run.jar, on a fresh database of the
 * same server, takes new chat conversations from {@code switchboard.inbound} (kept a backlog ahead, so it never
 * waits) and agents who accept every offer and close every assignment at once. The result is assignments/s (offers
 * that became ACCEPTED, by their decision time, inside the window) ÷ pgbench TPS. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.switchboard.bench.router.RouterBenchmark [--agents=50] ...};
 * {@code --router-jfr=/tmp/router.jfr} records the router with Java Flight Recorder (dumped when it stops).
 */
public final class RouterBenchmark {

    private static final Duration READY = Duration.ofSeconds(180);
    private static final int PARTITIONS = 4;

    private RouterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RouterBenchReport report = run(RouterBenchOptions.parse(args), System.out);
        report.print(System.out);
        System.exit(0);
    }

    static RouterBenchReport run(RouterBenchOptions options, PrintStream progress) throws Exception {
        if (!Files.isRegularFile(options.routerJar())) {
            throw new IllegalStateException(options.routerJar().toAbsolutePath()
                    + " is missing; build it with ./mvnw package -DskipTests -pl router -am");
        }
        Files.createDirectories(options.workDir());
        String loadBefore = loadAverage();
        Pgbench.Result pgbench;
        try (PostgresDatabase scratch = PostgresDatabase.create("pgbench")) {
            progress.printf("pgbench: %d clients, %d s%n", options.clients(), options.seconds());
            pgbench = Pgbench.run(scratch, options, options.agents());
            progress.printf("pgbench: %.0f tps%n", pgbench.tps());
        }
        String bootstrap = topics();
        TokenIssuer tokens = TokenIssuer.shared();
        int port = FreePorts.next();
        try (PostgresDatabase database = PostgresDatabase.create("router_bench");
                ServiceProcess router = start(options, database, bootstrap, tokens, port);
                KafkaProducer<String, String> producer = producer(bootstrap)) {
            router.awaitReady(port, READY);
            defineAgents(options, port, tokens, producer);
            Counts counts = new Counts(database);
            counts.awaitAvailable(options.agents(), Duration.ofSeconds(60));
            try (AcceptingAgents agents = new AcceptingAgents(bootstrap, producer)) {
                agents.start();
                ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
                AtomicLong published = new AtomicLong();
                String run = Long.toString(System.currentTimeMillis(), 36);
                feeder.scheduleWithFixedDelay(() -> feed(producer, counts, published, run, options.backlog()), 0, 100,
                        TimeUnit.MILLISECONDS);
                try {
                    progress.printf("router: warm-up %d s%n", options.warmupSeconds());
                    TimeUnit.SECONDS.sleep(options.warmupSeconds());
                    Counts.Snapshot start = counts.snapshot();
                    long cpuStart = cpuNanos(router);
                    TimeUnit.SECONDS.sleep(options.seconds());
                    Counts.Snapshot end = counts.snapshot();
                    long cpuEnd = cpuNanos(router);
                    RouterBenchReport.WholePath path = RouterBenchReport.WholePath.between(start, end,
                            (cpuEnd - cpuStart) / 1e9);
                    return new RouterBenchReport(options, pgbench, path, loadBefore, loadAverage());
                } finally {
                    feeder.shutdownNow();
                }
            }
        }
    }

    /** Keeps {@code backlog} conversations published beyond those the router has stored. */
    private static void feed(KafkaProducer<String, String> producer, Counts counts, AtomicLong published, String run,
            int backlog) {
        long missing = backlog - (published.get() - counts.messages());
        for (long i = 0; i < missing; i++) {
            long n = published.getAndIncrement();
            String key = "chat:bench:" + run + ":" + n;
            String id = run + "-" + n;
            InboundMessage message = new InboundMessage(MessageIds.canonicalId(Channel.CHAT, "bench", id),
                    InboundMessage.SCHEMA_VERSION, Channel.CHAT, "bench", key, id,
                    CustomerIdentity.ofHandle("bench-" + run + "-" + n, "Customer"), null,
                    "Hello, I have a question about my account", null, null, null, "en", Instant.now(), Instant.now(),
                    null, null);
            producer.send(new ProducerRecord<>(Topics.INBOUND, key, json(message)));
        }
    }

    private static ServiceProcess start(RouterBenchOptions options, PostgresDatabase database, String bootstrap,
            TokenIssuer tokens, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        if (!database.password().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        }
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER);
        List<String> command = new ArrayList<>(ServiceProcess.java("512m"));
        if (!options.routerJfr().isEmpty()) {
            command.add("-XX:StartFlightRecording=filename=" + options.routerJfr()
                    + ",settings=profile,dumponexit=true");
        }
        command.addAll(List.of("-jar", options.routerJar().toAbsolutePath().toString()));
        return ServiceProcess.start("router", command, env,
                options.workDir().toAbsolutePath().resolve("router.log"), line -> { });
    }

    private static void defineAgents(RouterBenchOptions options, int port, TokenIssuer tokens,
            KafkaProducer<String, String> producer) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String body = json(Map.of("displayName", "Bench agent", "timeZone", "UTC", "languages", Map.of("en", 5),
                "skills", Map.of(), "capacity", Map.of("CHAT", options.capacity())));
        for (int i = 1; i <= options.agents(); i++) {
            String id = Pgbench.AGENT_PREFIX + i;
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/v1/agents/" + id))
                    .header("Authorization", "Bearer " + tokens.supervisorToken("bench"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("defining " + id + ": " + answer.statusCode() + " " + answer.body());
            }
            AgentEvent presence = new AgentEvent.PresenceChanged(UUID.randomUUID().toString(),
                    AgentEvent.SCHEMA_VERSION, id, Instant.now(), Presence.AVAILABLE);
            producer.send(new ProducerRecord<>(Topics.AGENT_EVENTS, id,
                    ContractJson.mapper().writerFor(AgentEvent.class).writeValueAsString(presence)));
        }
    }

    private static String topics() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(Topics.INBOUND, Topics.AGENT_EVENTS, Topics.DELIVERIES, Topics.OUTBOUND).stream()
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the router's topics", e.getCause());
            }
        }
        return bootstrap;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 1),
                new StringSerializer(), new StringSerializer());
    }

    private static long cpuNanos(ServiceProcess process) {
        return process.handle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the router has committed, read from its database. */
    static final class Counts {

        private final PostgresDatabase database;

        Counts(PostgresDatabase database) {
            this.database = database;
        }

        record Snapshot(Instant at, long messages, long offers, long accepted, long closed) {
        }

        long messages() {
            return query("SELECT count(*) FROM messages")[0];
        }

        Snapshot snapshot() {
            long[] n = query("""
                    SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM offers),
                           (SELECT count(*) FROM offers WHERE status = 'ACCEPTED'),
                           (SELECT count(*) FROM conversations WHERE status = 'CLOSED')""");
            return new Snapshot(Instant.now(), n[0], n[1], n[2], n[3]);
        }

        void awaitAvailable(int agents, Duration bound) throws InterruptedException {
            long deadline = System.nanoTime() + bound.toNanos();
            while (query("SELECT count(*) FROM agents WHERE presence = 'AVAILABLE'")[0] < agents) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the agents did not become AVAILABLE within " + bound);
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }

        private long[] query(String sql) {
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                long[] values = new long[r.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getLong(i + 1);
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + sql, e);
            }
        }
    }
}
