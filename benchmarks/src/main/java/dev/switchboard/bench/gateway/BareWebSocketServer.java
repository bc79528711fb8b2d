package dev.switchboard.bench.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;

/**
 * The baseline the gateway is measured against: the least a WebSocket push service can do, in a JVM of its own as
 * the gateway has. A plain {@link KafkaConsumer} in a group of its own (as each gateway instance reads every
 * delivery) hands each record's value, unparsed, to the socket of the agent in its key, on Vert.x' own HTTP server.
 * No token check (the agent is the {@code agent} query parameter), no JSON, no per-socket bookkeeping, no metrics.
 * {@code GET /ready} answers 200 once the consumer holds its partitions and knows where their ends are;
 * {@code GET /agents} says how many sockets are open.
 * Arguments: {@code <port> <bootstrap servers> <topic>}.
 */
public final class BareWebSocketServer {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, ServerWebSocket> sockets = new ConcurrentHashMap<>();
    private final AtomicBoolean ready = new AtomicBoolean();

    private BareWebSocketServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        new BareWebSocketServer().serve(port, args[1], args[2]);
    }

    private void serve(int port, String bootstrapServers, String topic) {
        Vertx vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer()
                .webSocketHandler(socket -> {
                    String agent = agentOf(socket.query());
                    if (agent == null) {
                        socket.close((short) 1008, "no agent");
                        return;
                    }
                    sockets.put(agent, socket);
                    socket.closeHandler(closed -> sockets.remove(agent, socket));
                })
                .requestHandler(request -> {
                    if ("/agents".equals(request.path())) {
                        request.response().end(Integer.toString(sockets.size()));
                    } else {
                        request.response().setStatusCode(ready.get() ? 200 : 503).end();
                    }
                });
        server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        consume(bootstrapServers, topic);
    }

    /** Runs on the main thread until the process is stopped. */
    private void consume(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bare-websocket-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    ServerWebSocket socket = sockets.get(record.key());
                    if (socket != null) {
                        socket.writeTextMessage(record.value());
                    }
                }
                if (!ready.get() && !consumer.assignment().isEmpty()) {
                    // Positions are looked up now, so nothing produced after "ready" is skipped by "latest".
                    consumer.assignment().forEach(consumer::position);
                    ready.set(true);
                }
            }
        }
    }

    private static String agentOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("agent=")) {
                return pair.substring("agent=".length());
            }
        }
        return null;
    }
}
