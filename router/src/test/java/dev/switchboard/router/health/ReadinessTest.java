package dev.switchboard.router.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import dev.switchboard.router.support.RouterTestResources;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness comes from the extensions' own checks: the Kafka broker, the consumers and PostgreSQL. */
@QuarkusTest
@RouterTestResources
class ReadinessTest {

    @Test
    void isReadyWhenKafkaAndPostgresqlAreReachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check",
                        "SmallRye Reactive Messaging - readiness check",
                        "Reactive PostgreSQL connections health check"));
    }
}
