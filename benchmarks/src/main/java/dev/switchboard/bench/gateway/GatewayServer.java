package dev.switchboard.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.ServiceProcess;
import dev.switchboard.testkit.TokenIssuer;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * The packaged agent gateway ({@code quarkus-run.jar}) in a JVM of its own, configured through the environment as
 * the local launcher does (256 MB heap, loopback, Kafka, the token key and issuer, the router's URL). Agents
 * connect with a bearer token of their own; all of them are live once the gateway's meters say every one is
 * connected and has been resumed from the router.
 */
final class GatewayServer implements PushServer {

    private static final String CONNECTED = "switchboard_gateway_agents_connected";
    private static final String RESUMED = "switchboard_gateway_resumes_total{outcome=\"ok\"";

    private final ServiceProcess process;
    private final ProcessUse use;
    private final int port;
    private final TokenIssuer tokens;

    private GatewayServer(ServiceProcess process, int port, TokenIssuer tokens) {
        this.process = process;
        this.use = new ProcessUse(process.handle());
        this.port = port;
        this.tokens = tokens;
    }

    static GatewayServer start(Path jar, List<String> jvmArgs, String bootstrapServers, String routerUrl,
            TokenIssuer tokens, Path workDir, Duration bound) {
        int port = FreePorts.next();
        List<String> arguments = new ArrayList<>(jvmArgs);
        arguments.addAll(List.of("-Duser.language=en", "-jar", jar.toAbsolutePath().toString()));
        ServiceProcess process = ServiceProcess.start("agent-gateway", ServiceProcess.java(PushOptions.HEAP,
                arguments.toArray(String[]::new)), Map.of(
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "QUARKUS_HTTP_PORT", Integer.toString(port),
                        "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyFile().toUri().toString(),
                        "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER,
                        "SWITCHBOARD_GATEWAY_ROUTER_URL", routerUrl,
                        "QUARKUS_BANNER_ENABLED", "false"),
                workDir.toAbsolutePath().resolve("agent-gateway.log"), line -> { });
        try {
            process.awaitReady(port, bound);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new GatewayServer(process, port, tokens);
    }

    @Override
    public String name() {
        return "agent-gateway";
    }

    @Override
    public ProcessUse use() {
        return use;
    }

    @Override
    public WebSocketConnectOptions connectOptions(int agent) {
        return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/v1/agent/socket")
                .addHeader("Authorization", "Bearer " + tokens.agentToken(BenchOffers.agentId(agent)));
    }

    @Override
    public void awaitAgents(int agents) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build();
        Polling.until(Duration.ofSeconds(120), "the gateway to report " + agents + " agents connected and resumed",
                () -> {
                    String text = http.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
                    return meter(text, CONNECTED) >= agents && meter(text, RESUMED) >= agents;
                });
    }

    @Override
    public void close() {
        process.close();
    }

    /** The value of the first Prometheus sample whose line starts with {@code name}, or 0. */
    private static double meter(String exposition, String name) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
