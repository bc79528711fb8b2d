package dev.switchboard.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.switchboard.testkit.JwtTestResource;
import dev.switchboard.testkit.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(FakeRouterResource.class)
@TestProfile(GatewayTestProfile.class)
class DeskPageTest {

    @Test
    void theDeskIsServedWithoutSigningIn() {
        given().get("/desk/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("data-testid=\"sign-in-token\""), containsString("desk.js"));
    }

    @Test
    void itsScriptAndStylesAreServedWithTheirTypes() {
        given().get("/desk/desk.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("quarkus-http-upgrade#Authorization#Bearer "));
        given().get("/desk/desk.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
