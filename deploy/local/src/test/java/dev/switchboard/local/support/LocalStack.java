package dev.switchboard.local.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.local.LocalService;
import dev.switchboard.local.Preflight;
import dev.switchboard.local.ServiceEnvironment;
import dev.switchboard.local.process.KafkaProcess;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.TokenIssuer;

/**
 * Some of Switchboard's services, each its own process from {@code target/quarkus-app/quarkus-run.jar} as in
 * production, configured the way the launcher does it, against the test JVM's real broker and a fresh PostgreSQL
 * database; with the HTTP calls the end-to-end tests make of them.
 */
public final class LocalStack implements AutoCloseable {

    private static final Path REPOSITORY = Path.of(System.getProperty("switchboard.home", "../..")).toAbsolutePath()
            .normalize();
    private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();
    private static final Duration READY = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = ContractJson.mapper();

    private final Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TokenIssuer tokens = TokenIssuer.shared();
    private final String apiKey = "e2e-" + UUID.randomUUID();
    private final PostgresDatabase database;

    private LocalStack(List<LocalService> services) {
        Preflight preflight = new Preflight();
        services.forEach(s -> preflight.requireBuilt(s.runJar(REPOSITORY), s.module()));
        database = PostgresDatabase.create("e2e");
        String kafka = KafkaBroker.shared().bootstrapServers();
        KafkaProcess.createTopics(kafka);
        ServiceEnvironment environment = new ServiceEnvironment(kafka,
                new ServiceEnvironment.Datasource(database.reactiveUrl(), database.jdbcUrl(), database.user(),
                        database.password()),
                tokens.publicKeyFile(), TokenIssuer.ISSUER, apiKey);
        services.forEach(service -> ports.put(service, FreePorts.next()));
        int routerPort = ports.getOrDefault(LocalService.ROUTER, LocalService.ROUTER.port(Map.of()));
        for (LocalService service : services) {
            processes.add(ServiceProcess.start(service.module(),
                    service.command(REPOSITORY),
                    environment.forService(ports.get(service), routerPort), LOGS.resolve(service.module() + ".log"),
                    line -> { }));
        }
        for (int i = 0; i < services.size(); i++) {
            processes.get(i).awaitReady(ports.get(services.get(i)), READY);
        }
    }

    /** Starts {@code services} and waits until each is ready; {@link #close} stops them and drops the database. */
    public static LocalStack start(LocalService... services) {
        return new LocalStack(List.of(services));
    }

    public int port(LocalService service) {
        return ports.get(service);
    }

    public URI uri(LocalService service, String path) {
        return URI.create("http://127.0.0.1:" + port(service) + path);
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    /** Defines (or redefines) an agent through the router's admin API. */
    public void defineAgent(String agentId, Map<String, Object> definition) throws IOException, InterruptedException {
        HttpResponse<String> defined = send(supervisor(uri(LocalService.ROUTER, "/v1/agents/" + agentId))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(definition))));
        assertEquals(200, defined.statusCode(), defined.body());
    }

    /** A GET on the router's API as a supervisor, answered 200. */
    public JsonNode routerGet(String path) throws IOException, InterruptedException {
        HttpResponse<String> found = send(supervisor(uri(LocalService.ROUTER, path)).GET());
        assertEquals(200, found.statusCode(), found.body());
        return JSON.readTree(found.body());
    }

    /** Posts a web-chat message to ingest-chat with the connector's API key, answered 202. */
    public void postChat(Map<String, Object> message) throws IOException, InterruptedException {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(LocalService.INGEST_CHAT, "/v1/chat/messages"))
                .header("X-Api-Key", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        assertEquals(202, posted.statusCode(), posted.body());
    }

    private HttpRequest.Builder supervisor(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + tokens.supervisorToken("e2e-supervisor"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(processes, Duration.ofSeconds(20));
        database.close();
    }
}
