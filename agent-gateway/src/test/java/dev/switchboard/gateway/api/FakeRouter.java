package dev.switchboard.gateway.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;

/**
 * The router's {@code GET /v1/agents/{id}/work} and nothing else, on the JDK's HTTP server: what each agent's
 * pending work is, which agents' answers are held back or refused, and which tokens came with the requests.
 */
final class FakeRouter {

    /** The router's answer, as the router writes it: the same records as on the deliveries topic. */
    record Work(List<Delivery.Offer> offers, List<Delivery.Assigned> assigned) {
    }

    private static FakeRouter shared;

    private final HttpServer server;
    private final Map<String, Work> work = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> held = new ConcurrentHashMap<>();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final List<String[]> requests = new CopyOnWriteArrayList<>();

    private FakeRouter(HttpServer server) {
        this.server = server;
    }

    static synchronized FakeRouter shared() {
        if (shared == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.setExecutor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "fake-router");
                    thread.setDaemon(true);
                    return thread;
                }));
                shared = new FakeRouter(server);
                server.createContext("/v1/agents/", shared::answer);
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void pending(String agentId, List<Delivery.Offer> offers, List<Delivery.Assigned> assigned) {
        work.put(agentId, new Work(offers, assigned));
    }

    /** Answers for this agent wait until the answer is completed. */
    CompletableFuture<Void> hold(String agentId) {
        CompletableFuture<Void> release = new CompletableFuture<>();
        held.put(agentId, release);
        return release;
    }

    void refuse(String agentId, int status) {
        refused.put(agentId, status);
    }

    /** The Authorization headers that came with this agent's requests, in order. */
    List<String> authorizations(String agentId) {
        return requests.stream().filter(r -> r[0].equals(agentId)).map(r -> r[1]).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        // /v1/agents/{id}/work
        if (path.length != 5 || !"work".equals(path[4]) || !"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 404, "{}");
            return;
        }
        String agentId = path[3];
        requests.add(new String[] { agentId, exchange.getRequestHeaders().getFirst("Authorization") });
        CompletableFuture<Void> release = held.get(agentId);
        if (release != null) {
            try {
                release.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                respond(exchange, 504, "{}");
                return;
            }
        }
        Integer status = refused.get(agentId);
        if (status != null) {
            respond(exchange, status, "{}");
            return;
        }
        respond(exchange, 200, json(work.getOrDefault(agentId, new Work(List.of(), List.of()))));
    }

    private static String json(Work answer) {
        try {
            return ContractJson.mapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
