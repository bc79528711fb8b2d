package dev.switchboard.bench.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.switchboard.bench.ingest.ServiceJars;
import dev.switchboard.local.LocalService;
import dev.switchboard.local.ServiceEnvironment;
import dev.switchboard.local.process.KafkaProcess;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KraftSettings;
import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.TokenIssuer;

/**
 * The whole local stack, started as the launcher ({@code deploy/local}) starts it: a KRaft broker as a child
 * process ({@link KafkaProcess}, the launcher's settings and topics), a fresh PostgreSQL database, and every
 * {@link LocalService} from its quarkus-run.jar with the launcher's heap and {@link ServiceEnvironment}, on free
 * loopback ports. The only additions are the benchmark's own social providers' secrets, so it can sign webhooks.
 */
final class SystemStack implements AutoCloseable {

    private static final Duration BROKER_READY = Duration.ofSeconds(90);
    private static final Duration SERVICE_READY = Duration.ofSeconds(180);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
    private final Map<LocalService, ServiceProcess> services = new EnumMap<>(LocalService.class);
    private final String apiKey = "bench-" + UUID.randomUUID();
    private final TokenIssuer tokens = TokenIssuer.shared();
    private final KraftSettings kafka;
    private final ServiceProcess broker;
    private final PostgresDatabase database;

    private SystemStack(Path repository, Path workDir, Map<String, String> socialSecrets) {
        for (LocalService service : LocalService.values()) {
            ServiceJars.requireFile(service.runJar(repository), "./mvnw package -DskipTests -pl " + service.module()
                    + " -am");
        }
        Path kafkaDir = workDir.resolve("kafka");
        deleteTree(kafkaDir);
        kafka = new KraftSettings(FreePorts.next(), FreePorts.next(), kafkaDir.resolve("data"));
        broker = KafkaProcess.start(kafka, workDir.resolve("logs/kafka.log"), line -> { });
        PostgresDatabase created = null;
        try {
            KafkaProcess.awaitReady(broker, kafka.bootstrapServers(), BROKER_READY);
            created = PostgresDatabase.create("system_bench");
            ServiceEnvironment environment = new ServiceEnvironment(kafka.bootstrapServers(),
                    new ServiceEnvironment.Datasource(created.reactiveUrl(), created.jdbcUrl(), created.user(),
                            created.password()),
                    tokens.publicKeyFile(), TokenIssuer.ISSUER, apiKey);
            for (LocalService service : LocalService.values()) {
                ports.put(service, FreePorts.next());
            }
            for (LocalService service : LocalService.values()) {
                Map<String, String> env = new HashMap<>(environment.forService(ports.get(service),
                        ports.get(LocalService.ROUTER)));
                if (service == LocalService.INGEST_SOCIAL) {
                    env.putAll(socialSecrets);
                }
                services.put(service, ServiceProcess.start(service.module(),
                        service.command(repository),
                        env, workDir.resolve("logs").resolve(service.module() + ".log"), line -> { }));
            }
            for (LocalService service : LocalService.values()) {
                services.get(service).awaitReady(ports.get(service), SERVICE_READY);
            }
        } catch (RuntimeException e) {
            database = created;
            close();
            throw e;
        }
        database = created;
    }

    /** Starts the stack and waits until every service is ready; its logs go to {@code workDir/logs}. */
    static SystemStack start(Path repository, Path workDir, Map<String, String> socialSecrets) {
        return new SystemStack(repository, workDir.toAbsolutePath(), socialSecrets);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    int port(LocalService service) {
        return ports.get(service);
    }

    /** The connector API key every ingest service accepts (X-Api-Key). */
    String apiKey() {
        return apiKey;
    }

    TokenIssuer tokens() {
        return tokens;
    }

    PostgresDatabase database() {
        return database;
    }

    /** Every child: the broker first, then the services in the launcher's order. */
    Map<String, ServiceProcess> processes() {
        Map<String, ServiceProcess> all = new LinkedHashMap<>();
        all.put(KafkaProcess.NAME, broker);
        services.forEach((service, process) -> all.put(service.module(), process));
        return all;
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(new ArrayList<>(services.values()), GRACE);
        broker.stop(GRACE);
        if (database != null) {
            database.close();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
