package dev.switchboard.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.local.demo.AgentSocket;
import dev.switchboard.local.process.KafkaProcess;
import dev.switchboard.local.process.ReadinessWait;
import dev.switchboard.local.process.ServiceProcess;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.KafkaBroker;
import dev.switchboard.testkit.PostgresDatabase;
import dev.switchboard.testkit.TokenIssuer;

/**
 * The walking skeleton through the real parts: ingest-chat, router and agent-gateway each run as their own process
 * from {@code target/quarkus-app/quarkus-run.jar}, as in production, started and configured the way the launcher
 * does it, against a real broker, a fresh PostgreSQL database, real HTTP and a real WebSocket client.
 */
class WalkingSkeletonIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("switchboard.home", "../..")).toAbsolutePath()
            .normalize();
    private static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();
    private static final List<LocalService> RUNNING = List.of(
            LocalService.INGEST_CHAT, LocalService.ROUTER, LocalService.AGENT_GATEWAY);
    private static final String API_KEY = "e2e-" + UUID.randomUUID();
    private static final ObjectMapper JSON = ContractJson.mapper();

    private static final Map<LocalService, Integer> ports = new EnumMap<>(LocalService.class);
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final TokenIssuer tokens = TokenIssuer.shared();
    private static PostgresDatabase database;

    @BeforeAll
    static void startTheServices() {
        Preflight preflight = new Preflight();
        RUNNING.forEach(s -> preflight.requireBuilt(s.runJar(REPOSITORY), s.module()));
        database = PostgresDatabase.create("e2e");
        String kafka = KafkaBroker.shared().bootstrapServers();
        KafkaProcess.createTopics(kafka);
        ServiceEnvironment environment = new ServiceEnvironment(kafka,
                new ServiceEnvironment.Datasource(database.reactiveUrl(), database.jdbcUrl(), database.user(),
                        database.password()),
                tokens.publicKeyFile(), TokenIssuer.ISSUER, API_KEY);
        for (LocalService service : RUNNING) {
            int port = FreePorts.next();
            ports.put(service, port);
            services.add(ServiceProcess.start(service.module(),
                    ServiceProcess.java(service.heap(), "-jar", service.runJar(REPOSITORY).toString()),
                    environment.forService(port), LOGS.resolve(service.module() + ".log"), line -> { }));
        }
        ReadinessWait readiness = new ReadinessWait(Duration.ofSeconds(120));
        for (int i = 0; i < RUNNING.size(); i++) {
            readiness.untilReady(services.get(i), ReadinessWait.readyUri(ports.get(RUNNING.get(i))));
        }
    }

    @AfterAll
    static void stopTheServices() {
        ServiceProcess.stopAll(services, Duration.ofSeconds(20));
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aPostedChatReachesTheAvailableAgentsSocketAsAnOfferAndIsAssignedOnAccept() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agentId = "e2e-agent-" + suffix;
        String session = "e2e-session-" + suffix;
        String text = "My order " + suffix + " has not arrived yet";

        HttpResponse<String> defined = send(HttpRequest.newBuilder(router("/v1/agents/" + agentId))
                .header("Authorization", "Bearer " + tokens.supervisorToken("e2e-admin"))
                .header("Content-Type", "application/json")
                .PUT(json(Map.of("displayName", "Eva Duarte", "timeZone", "Europe/Lisbon",
                        "languages", Map.of("en", 5, "pt", 4), "skills", Map.of("orders", 3),
                        "capacity", Map.of("CHAT", 3)))));
        assertEquals(200, defined.statusCode(), defined.body());

        try (AgentSocket socket = AgentSocket.connect(AgentSocket.socketUri(ports.get(LocalService.AGENT_GATEWAY)),
                agentId, tokens.agentToken(agentId), Duration.ofSeconds(10))) {
            socket.sendPresence("AVAILABLE");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "AVAILABLE".equals(agent(agentId).path("presence").asText()));

            HttpResponse<String> posted = send(HttpRequest.newBuilder(chat())
                    .header("X-Api-Key", API_KEY)
                    .header("Content-Type", "application/json")
                    .POST(json(Map.of("sessionId", session, "clientMessageId", "m-1",
                            "visitor", Map.of("id", "visitor-" + suffix, "name", "Rui Costa",
                                    "email", "rui@example.com"),
                            "text", text, "locale", "en-GB", "timeZone", "Europe/London",
                            "pageUrl", "https://shop.example/orders"))));
            assertEquals(202, posted.statusCode(), posted.body());

            JsonNode offer = await().atMost(Duration.ofSeconds(30))
                    .until(() -> frame(socket, "offer", null), f -> f != null);
            String conversationId = offer.path("conversationId").asText();
            assertEquals(agentId, offer.path("agentId").asText());
            assertEquals("CHAT", offer.path("channel").asText());
            assertEquals(text, offer.path("preview").asText());
            JsonNode firstMessage = conversation(conversationId).path("messages").path(0);
            assertEquals(session + "/m-1", firstMessage.path("providerMessageId").asText(),
                    "the offered conversation is the one the chat message started");

            socket.accept(offer.path("offerId").asText(), conversationId);
            JsonNode assigned = await().atMost(Duration.ofSeconds(30))
                    .until(() -> frame(socket, "assigned", conversationId), f -> f != null);
            assertEquals(agentId, assigned.path("agentId").asText());
            assertFalse(assigned.path("history").isEmpty(), "the assignment carries the conversation so far");
            assertEquals(text, assigned.path("history").path(0).path("text").asText());
        }
    }

    private static JsonNode frame(AgentSocket socket, String type, String conversationId) {
        return socket.frames().stream()
                .filter(f -> type.equals(f.path("type").asText()))
                .filter(f -> conversationId == null || conversationId.equals(f.path("conversationId").asText()))
                .findFirst().orElse(null);
    }

    private static JsonNode agent(String agentId) throws IOException, InterruptedException {
        return JSON.readTree(send(supervisor(router("/v1/agents/" + agentId)).GET()).body());
    }

    private static JsonNode conversation(String conversationId) throws IOException, InterruptedException {
        HttpResponse<String> found = send(supervisor(router("/v1/conversations/" + conversationId)).GET());
        assertEquals(200, found.statusCode(), found.body());
        return JSON.readTree(found.body());
    }

    private static HttpRequest.Builder supervisor(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + tokens.supervisorToken("e2e-supervisor"));
    }

    private static URI router(String path) {
        return URI.create("http://127.0.0.1:" + ports.get(LocalService.ROUTER) + path);
    }

    private static URI chat() {
        return URI.create("http://127.0.0.1:" + ports.get(LocalService.INGEST_CHAT) + "/v1/chat/messages");
    }

    private static HttpRequest.BodyPublisher json(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
