package dev.switchboard.bench.gateway;

import io.vertx.core.http.WebSocketConnectOptions;

/** A server under test: how an agent connects to it, and when every agent can be pushed to. */
interface PushServer extends AutoCloseable {

    String name();

    ProcessUse use();

    WebSocketConnectOptions connectOptions(int agent);

    /** Returns once all {@code agents} are connected and live deliveries flow to them. */
    void awaitAgents(int agents);

    @Override
    void close();
}
