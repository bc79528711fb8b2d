package dev.switchboard.gateway.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.switchboard.gateway.messaging.DeliveriesAssignment;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Vertx;

/** What every in-process socket test needs: the socket's address, a Vert.x for clients, and a gateway reading. */
abstract class GatewaySocketTest {

    @TestHTTPResource("/v1/agent/socket")
    URI endpoint;

    @Inject
    Vertx vertx;

    /**
     * Deliveries are read from "latest": an offer produced before the partitions are assigned would be missed. On a
     * loaded machine one health request has been seen to take over 30 s, so the bound is generous.
     */
    @BeforeEach
    void gatewayReadsDeliveries() {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("checks.name", hasItem(DeliveriesAssignment.NAME)));
    }
}
