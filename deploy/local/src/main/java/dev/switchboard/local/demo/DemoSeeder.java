package dev.switchboard.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.local.LocalService;
import dev.switchboard.local.process.ConsoleLog;
import dev.switchboard.testkit.TokenIssuer;

/**
 * {@code --demo}: creates the demo agents, signs them in, prints their tokens and a curl to try, and posts sample
 * messages, so a newcomer sees conversations reach the right speakers within seconds of starting.
 * A demo step that fails is reported and skipped: the system itself keeps running.
 */
public final class DemoSeeder {

    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final String SOURCE = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ConsoleLog console;
    private final TokenIssuer tokens;
    private final String connectorApiKey;
    private final ToIntFunction<LocalService> ports;
    private final int routerPort;
    private final int chatPort;
    private final int gatewayPort;

    public DemoSeeder(ConsoleLog console, TokenIssuer tokens, String connectorApiKey,
            ToIntFunction<LocalService> ports) {
        this.console = console;
        this.tokens = tokens;
        this.connectorApiKey = connectorApiKey;
        this.ports = ports;
        this.routerPort = ports.applyAsInt(LocalService.ROUTER);
        this.chatPort = ports.applyAsInt(LocalService.INGEST_CHAT);
        this.gatewayPort = ports.applyAsInt(LocalService.AGENT_GATEWAY);
    }

    /** Runs the whole demo; the returned desk keeps the agents signed in until it is closed. */
    public DemoDesk run() {
        String admin = tokens.supervisorToken("demo-supervisor");
        for (DemoAgent agent : DemoAgent.ALL) {
            putAgent(agent, admin);
        }
        DemoDesk desk = DemoDesk.open(gatewayPort, DemoAgent.ALL, tokens, SampleMessage::isSample,
                (agent, what) -> console.line(SOURCE, agent + " " + what));
        console.block(instructions());
        String run = Long.toString(Instant.now().getEpochSecond(), 36);
        for (SampleMessage sample : SampleMessage.CHAT) {
            postChat(sample, "demo-" + run + "-" + sample.language());
        }
        for (ChannelSample sample : ChannelSample.ALL) {
            String outcome = send(sample.request(ports.applyAsInt(sample.service()), run, connectorApiKey));
            console.line(SOURCE, outcome.equals("ok")
                    ? "posted " + sample.label() + " to " + sample.service().module()
                    : "could not post " + sample.label() + ": " + sample.service().module() + " answered " + outcome);
        }
        return desk;
    }

    private void putAgent(DemoAgent agent, String adminToken) {
        URI uri = URI.create("http://127.0.0.1:" + routerPort + "/v1/agents/" + agent.id());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(agent.body())))
                .build();
        String outcome = send(request);
        console.line(SOURCE, outcome.equals("ok")
                ? "agent " + agent.id() + " (" + agent.displayName() + ", "
                        + String.join("/", agent.languages().keySet()) + ", " + agent.timeZone() + ") is set up"
                : "could not set up agent " + agent.id() + ": the router answered " + outcome);
    }

    private void postChat(SampleMessage sample, String session) {
        HttpRequest request = HttpRequest.newBuilder(chatUri())
                .timeout(Duration.ofSeconds(10))
                .header("X-Api-Key", connectorApiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(sample.body(session))))
                .build();
        String outcome = send(request);
        console.line(SOURCE, outcome.equals("ok")
                ? "posted a web chat from " + sample.visitorName() + " (" + sample.locale() + "), session " + session
                : "could not post the " + sample.locale() + " sample chat: ingest-chat answered " + outcome);
    }

    /** "ok" for a 2xx, else the status and the start of the body (a problem+json detail). */
    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return "ok";
            }
            String body = response.body().replaceAll("\\s+", " ");
            return "HTTP " + response.statusCode()
                    + (body.isBlank() ? "" : " " + body.substring(0, Math.min(200, body.length())));
        } catch (IOException e) {
            return "nothing (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "nothing (interrupted)";
        }
    }

    private String instructions() {
        StringBuilder out = new StringBuilder("\nDemo agents (the launcher keeps them signed in and takes the sample"
                + " chats it posts; sign in as one with its token to see the same frames and accept what you post):\n");
        for (DemoAgent agent : DemoAgent.ALL) {
            out.append(String.format("  %-6s %-12s %-10s %-17s token: %s%n", agent.id(), agent.displayName(),
                    String.join(",", agent.languages().keySet()), agent.timeZone(), tokens.agentToken(agent.id())));
        }
        out.append("\nSupervisor token (router API, e.g. GET http://127.0.0.1:").append(routerPort)
                .append("/v1/conversations?status=OFFERED): ").append(tokens.supervisorToken("demo-supervisor"))
                .append("\n");
        out.append("\nAn agent socket: ").append(AgentSocket.socketUri(gatewayPort))
                .append(" with header 'Authorization: Bearer <token>';")
                .append(" send {\"type\":\"presence\",\"presence\":\"AVAILABLE\"}\n")
                .append("\nPost a web chat message yourself:\n  ")
                .append(curl(new SampleMessage("en", "Your Name", "en-GB", "Europe/London",
                        "Hello, where is my parcel?").body("try-" + Long.toString(Instant.now().getEpochSecond(), 36))))
                .append("\n");
        return out.toString();
    }

    private String curl(Map<String, Object> body) {
        return "curl -sS -X POST " + chatUri() + " -H 'Content-Type: application/json'"
                + " -H 'X-Api-Key: " + connectorApiKey + "' -d '" + json(body).replace("'", "'\\''") + "'";
    }

    private URI chatUri() {
        return URI.create("http://127.0.0.1:" + chatPort + "/v1/chat/messages");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
