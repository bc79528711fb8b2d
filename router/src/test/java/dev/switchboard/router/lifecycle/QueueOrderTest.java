package dev.switchboard.router.lifecycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.Seeds;
import dev.switchboard.router.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** Freed room goes to the most urgent waiting conversation, then to the one waiting longest; the gauges show it. */
@QuarkusTest
@RouterTestResources
class QueueOrderTest extends LifecycleTestBase {

    @Test
    void freedCapacityGoesToHighestPriorityThenOldest() {
        String solo = available("solo", Map.of("en", 5), Map.of("CHAT", 1));
        Records.send(Records.chat(key("busy"), id("b1"), "First", "en"));
        Delivery.Offer busy = awaitOfferTo(solo, o -> true);
        Records.accept(solo, busy.offerId(), busy.conversationId());
        awaitDelivery(busy.conversationId(), Delivery.Assigned.class);
        String oldest = queued("oldest");
        String newer = queued("newer");
        String urgent = queued("urgent");
        RouterDb.update("UPDATE conversations SET priority = 5 WHERE id = ?", UUID.fromString(urgent));

        Records.close(solo, busy.conversationId());

        Delivery.Offer first = awaitOfferTo(solo, o -> !o.conversationId().equals(busy.conversationId()));
        assertEquals(urgent, first.conversationId(), "the most urgent first, though it waited least");
        assertEquals(5, first.priority());

        Records.decline(solo, first.offerId(), first.conversationId());

        Delivery.Offer second = awaitOfferTo(solo, o -> !o.conversationId().equals(busy.conversationId())
                && !o.conversationId().equals(urgent));
        assertEquals(oldest, second.conversationId(), "then the one waiting longest");
        assertEquals("QUEUED", status(newer));
    }

    @Test
    void agentWithRoomLooksPastMoreThanAPageOfConversationsItCannotServe() {
        String solo = agent("solo", Map.of("en", 5), Map.of("CHAT", 1));
        Instant now = TestClock.CLOCK.instant();
        // More urgent, but asking for a skill solo lacks; the routing rules would drop it only after minutes.
        for (int i = 0; i < 60; i++) {
            Seeds.conversation("QUEUED", "CHAT", "en", "{\"orders\": 5}", null, now, null, 10);
        }
        UUID servable = Seeds.conversation("QUEUED", "CHAT", "en", "{}", null, now.plusMillis(1), null, 0);
        Seeds.message(servable, null, now);

        available(solo);

        assertEquals(servable.toString(), awaitOfferTo(solo, o -> true).conversationId());
    }

    @Test
    void metricsShowQueueDepthOldestWaitAndDecisions() {
        queued("gauge");
        queued("billing", "I was charged twice, please refund my invoice");

        await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("switchboard_router_queue_depth{channel=\"chat\",language=\"en\"} 2.0"))
                .body(containsString("switchboard_router_queue_skill_depth{language=\"en\",skill=\"billing\"} 1.0"))
                .body(containsString("switchboard_router_queue_skill_depth{language=\"en\",skill=\"none\"} 1.0"))
                .body(containsString(
                        "switchboard_router_queue_skill_oldest_wait_seconds{language=\"en\",skill=\"billing\"}"))
                .body(containsString("switchboard_router_queue_oldest_wait_seconds{channel=\"chat\",language=\"en\"}"))
                .body(containsString("switchboard_router_agents_available 0.0"))
                .body(containsString("switchboard_router_decision_seconds_count{outcome=\"queued\"}")));
    }

    private String queued(String name) {
        return queued(name, name);
    }

    private String queued(String name, String text) {
        Records.send(Records.chat(key(name), id(name), text, "en"));
        return RouterApi.awaitConversation("QUEUED", key(name));
    }
}
