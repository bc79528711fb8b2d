package dev.switchboard.bench.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The router's {@code GET /v1/agents/{id}/work} answering "nothing pending" for every agent, on the JDK's HTTP
 * server: the gateway asks it once per connecting agent, and the benchmark measures live pushes only.
 */
final class FakeRouterWork implements AutoCloseable {

    private static final byte[] NO_WORK = "{\"offers\":[],\"assigned\":[]}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "fake-router");
        thread.setDaemon(true);
        return thread;
    });

    FakeRouterWork() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/v1/agents/", FakeRouterWork::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        boolean work = "GET".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().endsWith("/work");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(work ? 200 : 404, work ? NO_WORK.length : -1);
        try (OutputStream body = exchange.getResponseBody()) {
            if (work) {
                body.write(NO_WORK);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
