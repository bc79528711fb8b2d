package dev.switchboard.bench.gateway;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.ServiceProcess;
import io.vertx.core.http.WebSocketConnectOptions;

/** {@link BareWebSocketServer} in a JVM of its own with the gateway's heap, from this JVM's class path. */
final class BareServer implements PushServer {

    private final ServiceProcess process;
    private final ProcessUse use;
    private final int port;

    private BareServer(ServiceProcess process, int port) {
        this.process = process;
        this.use = new ProcessUse(process.handle());
        this.port = port;
    }

    static BareServer start(String bootstrapServers, String topic, Path workDir, Duration bound) {
        int port = FreePorts.next();
        ServiceProcess process = ServiceProcess.start("bare-websocket", ServiceProcess.java(PushOptions.HEAP,
                "-Duser.language=en", "-cp", absoluteClassPath(), BareWebSocketServer.class.getName(),
                Integer.toString(port), bootstrapServers, topic), Map.of(),
                workDir.toAbsolutePath().resolve("bare-websocket.log"), line -> { });
        try {
            process.awaitHttp(URI.create("http://127.0.0.1:" + port + "/ready"), status -> status == 200, bound);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new BareServer(process, port);
    }

    @Override
    public String name() {
        return "bare Vert.x";
    }

    @Override
    public ProcessUse use() {
        return use;
    }

    @Override
    public WebSocketConnectOptions connectOptions(int agent) {
        return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/socket?agent=" + BenchOffers.agentId(agent));
    }

    @Override
    public void awaitAgents(int agents) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest count = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/agents")).build();
        Polling.until(Duration.ofSeconds(60), "the bare server to hold " + agents + " sockets",
                () -> Integer.parseInt(http.send(count, HttpResponse.BodyHandlers.ofString()).body()) >= agents);
    }

    @Override
    public void close() {
        process.close();
    }

    /** The child runs in the work folder, so a relative class-path entry would not be found from there. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
