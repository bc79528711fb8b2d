package dev.switchboard.router.lifecycle;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.junit.QuarkusTest;

/** A reconnecting agent's work, as the very records the deliveries topic carried: same ids, same content. */
@QuarkusTest
@RouterTestResources
class AgentWorkTest extends LifecycleTestBase {

    @Test
    void workListsOpenOffersAndAssignmentsAsTheLiveDeliveries() {
        String ana = available("ana", Map.of("en", 5), Map.of("CHAT", 3));
        Records.send(Records.chat(key("taken"), id("t1"), "Taken", "en"));
        Delivery.Offer taken = awaitOfferTo(ana, o -> o.preview().equals("Taken"));
        Records.accept(ana, taken.offerId(), taken.conversationId());
        Delivery.Assigned liveAssigned = awaitDelivery(taken.conversationId(), Delivery.Assigned.class);
        Records.send(Records.chat(key("open"), id("o1"), "Open", "en"));
        Delivery.Offer liveOffer = awaitOfferTo(ana, o -> o.preview().equals("Open"));

        JsonNode work = work(ana, TokenIssuer.shared().agentToken(ana));

        assertEquals(List.of(liveOffer), read(work.get("offers"), Delivery.Offer.class));
        assertEquals(List.of(liveAssigned), read(work.get("assigned"), Delivery.Assigned.class));
        assertEquals("offer", work.get("offers").get(0).get("type").asText());
        assertEquals(work, work(ana, RouterApi.adminToken()), "a supervisor reads the same");
    }

    @Test
    void anAgentMayNotReadAnotherAgentsWork() {
        String ana = agent("ana", Map.of("en", 5), Map.of("CHAT", 3));

        given().auth().oauth2(TokenIssuer.shared().agentToken("mallory-" + run))
                .when().get("/v1/agents/{id}/work", ana)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().when().get("/v1/agents/{id}/work", ana).then().statusCode(401);
    }

    private static JsonNode work(String agentId, String token) {
        String body = given().auth().oauth2(token).when().get("/v1/agents/{id}/work", agentId)
                .then().statusCode(200).extract().asString();
        try {
            return ContractJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError(body, e);
        }
    }

    private static <T extends Delivery> List<T> read(JsonNode array, Class<T> type) {
        try {
            List<T> read = new ArrayList<>();
            for (JsonNode node : array) {
                read.add(type.cast(ContractJson.mapper().treeToValue(node, Delivery.class)));
            }
            return read;
        } catch (JsonProcessingException e) {
            throw new AssertionError(array.toString(), e);
        }
    }
}
