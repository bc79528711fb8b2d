package dev.switchboard.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.local.routers.InboundLoad;
import dev.switchboard.local.routers.InvariantSampler;
import dev.switchboard.local.routers.Invariants;
import dev.switchboard.local.routers.Records;
import dev.switchboard.local.routers.Roster;
import dev.switchboard.local.routers.RouterGroups;
import dev.switchboard.local.routers.SimulatedAgents;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.Sql;
import dev.switchboard.testkit.TokenIssuer;

/**
 * Invariants 3 and 4 with three router processes at once, each from its packaged jar, against one broker and one
 * fresh database: under concurrent inbound load and agents accepting, declining, ignoring, closing and stepping away,
 * no agent ever holds more than its capacity (sampled while the run goes, and over the whole offer history), no
 * conversation is held by two agents at once or accepted twice, and every message is stored exactly once.
 */
class ThreeRoutersIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("switchboard.home", "../..")).toAbsolutePath()
            .normalize();
    private static final Path LOGS = Path.of("target", "three-routers-logs").toAbsolutePath();
    private static final int ROUTERS = 3;
    /** Records each router processes at once (ROUTER_CONCURRENCY): with three routers, one per partition. */
    private static final int CONCURRENCY = 2;
    private static final int PARTITIONS = ROUTERS * CONCURRENCY;
    private static final int AGENTS = 12;
    /** Sized for a shared two-core machine, where three routers store a few messages a second; raise it elsewhere. */
    private static final int CONVERSATIONS = Integer.getInteger("three-routers.conversations", 120);
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final long SEED = Long.getLong("three-routers.seed", System.nanoTime());

    private static final TokenIssuer tokens = TokenIssuer.shared();
    private static final List<ServiceProcess> routers = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static PostgresDatabase database;
    private static String kafka;

    @BeforeAll
    static void startThreeRouters() {
        new Preflight().requireBuilt(LocalService.ROUTER.runJar(REPOSITORY), LocalService.ROUTER.module());
        database = PostgresDatabase.create("three_routers");
        kafka = KafkaBroker.shared().bootstrapServers();
        RouterGroups.createTopics(kafka, PARTITIONS);
        ServiceEnvironment environment = new ServiceEnvironment(kafka,
                new ServiceEnvironment.Datasource(database.reactiveUrl(), database.jdbcUrl(), database.user(),
                        database.password()),
                tokens.publicKeyFile(), TokenIssuer.ISSUER, "unused-" + UUID.randomUUID());
        for (int i = 0; i < ROUTERS; i++) {
            int port = FreePorts.next();
            ports.add(port);
            Map<String, String> env = environment.forService(port);
            env.put("ROUTER_CONCURRENCY", Integer.toString(CONCURRENCY));
            routers.add(ServiceProcess.start("router-" + i,
                    LocalService.ROUTER.command(REPOSITORY),
                    env, LOGS.resolve("router-" + i + ".log"), line -> { }));
        }
        for (int i = 0; i < ROUTERS; i++) {
            routers.get(i).awaitReady(ports.get(i), Duration.ofSeconds(180));
        }
        // Ready is not the same as owning partitions: wait until every consumer of every router owns one.
        RouterGroups.awaitSplit(kafka, ROUTERS * CONCURRENCY, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopTheRouters() {
        ServiceProcess.stopAll(routers, Duration.ofSeconds(20));
        if (database != null) {
            database.close();
        }
    }

    @Test
    void threeRoutersUnderLoadNeverExceedCapacityNorAssignAConversationTwiceAndStoreEachMessageOnce()
            throws Exception {
        String run = Long.toString(Math.abs(SEED) % 1_000_000_000L, 36);
        Random random = new Random(SEED);
        Sql sql = new Sql(database);
        Invariants invariants = new Invariants(sql);
        Roster roster = new Roster(run, AGENTS, random);
        roster.define(URI.create("http://127.0.0.1:" + ports.get(0)), tokens);

        try (Records records = new Records(kafka)) {
            roster.ids().forEach(agent -> records.presence(agent, Presence.AVAILABLE));
            await().atMost(Duration.ofSeconds(30)).until(() -> sql.count(
                    "SELECT count(*) FROM agents WHERE presence = 'AVAILABLE'") == AGENTS);

            InboundLoad load = new InboundLoad(run, records, CONVERSATIONS, random.nextLong());
            SimulatedAgents agents = new SimulatedAgents(kafka, roster.ids(), records, random.nextLong());
            try (InvariantSampler sampler = new InvariantSampler(invariants)) {
                sampler.start(Duration.ofMillis(100));
                agents.start();
                load.start(LOAD);
                load.awaitPublished(LOAD.plusSeconds(30));
                long loadEnded = System.nanoTime();
                await().atMost(Duration.ofSeconds(150)).untilAsserted(() -> assertEquals(CONVERSATIONS, sql.count(
                        "SELECT count(*) FROM messages WHERE provider_message_id LIKE ?",
                        load.providerMessagePrefix() + "%"), "messages stored"));
                Duration drained = Duration.ofNanos(System.nanoTime() - loadEnded);
                agents.close();
                sampler.close();

                System.out.printf("ThreeRoutersIT seed %d: %d conversations (%d published twice) over %d s, all"
                        + " stored %d ms after the last; %s; %d samples; %s; load average %s%n", SEED, CONVERSATIONS,
                        load.duplicates(), LOAD.toSeconds(), drained.toMillis(), agents.summary(), sampler.samples(),
                        outcomes(sql), loadAverage());
                List<Delivery> deliveries = agents.seen();
                assertAll("seed " + SEED + " (rerun with -Dthree-routers.seed=" + SEED + ")",
                        () -> assertTrue(sampler.samples() >= 50, "too few samples to prove anything: "
                                + sampler.samples()),
                        () -> assertEquals(List.of(), sampler.violations(), "seen while the routers worked"),
                        () -> assertEquals(0, invariants.assignmentsEndedEarly(),
                                "the history check assumes no assignment was taken back before its close"),
                        () -> assertEquals(List.of(), invariants.overCapacityEver(), "agents over capacity"),
                        () -> assertEquals(List.of(), invariants.heldByTwoAtOnce(), "held by two agents at once"),
                        () -> assertEquals(List.of(), invariants.acceptedTwice(), "accepted twice"),
                        () -> assertEquals(List.of(), assignedToTwo(deliveries), "assigned deliveries to two agents"),
                        () -> assertEquals(List.of(), sql.rows("""
                                SELECT provider_message_id, count(*) FROM messages WHERE provider_message_id LIKE ?
                                GROUP BY provider_message_id HAVING count(*) > 1""",
                                load.providerMessagePrefix() + "%"), "messages stored twice"),
                        () -> assertEquals(CONVERSATIONS, sql.count(
                                "SELECT count(DISTINCT conversation_key) FROM conversations WHERE conversation_key"
                                        + " LIKE ?", "%:load:" + run + ":%"), "one conversation per key"),
                        () -> assertTrue(sql.count("SELECT count(*) FROM offers WHERE status = 'ACCEPTED'") >= CONVERSATIONS / 4,
                                "too few assignments to prove anything: " + outcomes(sql)));
            } finally {
                agents.close();
            }
        }
    }

    /** Conversations whose assigned deliveries went to more than one agent. */
    private static List<String> assignedToTwo(List<Delivery> deliveries) {
        Map<String, Set<String>> agentsOf = deliveries.stream()
                .filter(Delivery.Assigned.class::isInstance)
                .collect(Collectors.groupingBy(Delivery::conversationId,
                        Collectors.mapping(Delivery::agentId, Collectors.toSet())));
        return agentsOf.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " -> " + e.getValue()).toList();
    }

    private static String outcomes(Sql sql) {
        return sql.rows("SELECT status, count(*) AS n FROM offers GROUP BY status ORDER BY status").stream()
                .map(row -> row.get("status") + " " + row.get("n")).collect(Collectors.joining(", ", "offers: ", ""))
                + sql.rows("SELECT status, count(*) AS n FROM conversations GROUP BY status ORDER BY status")
                        .stream().map(row -> row.get("status") + " " + row.get("n"))
                        .collect(Collectors.joining(", ", "; conversations: ", ""));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
