package dev.switchboard.router.lifecycle;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Agents' weekly schedules, read in their own time zones by the production calendar: a shift start follows the
 * zone's offset on the day itself (the spring DST change in New York and London, a half-hour zone in Kolkata), and
 * the waiting conversation is offered when it starts, not an hour early or late.
 */
@QuarkusTest
@RouterTestResources
class ShiftTimeZoneTest extends LifecycleTestBase {

    @Test
    void newYorkShiftStartsAtNineEdtOnTheDayDaylightSavingBegins() {
        // 2026-03-08 is the second Sunday of March: New York moves from UTC-5 to UTC-4 at 02:00 local time.
        String nyc = scheduled("nyc", "America/New_York", "SUNDAY", "09:00", "17:00");
        // 09:00 EDT is 13:00Z; at the winter offset the shift would start an hour later.
        shiftStartsAt(nyc, Instant.parse("2026-03-08T13:00:00Z"));
    }

    @Test
    void londonShiftStartsAtNineBstOnTheDaySummerTimeBegins() {
        // 2026-03-29 is the last Sunday of March: London moves from UTC+0 to UTC+1 at 01:00 UTC.
        String ldn = scheduled("ldn", "Europe/London", "SUNDAY", "09:00", "17:00");
        shiftStartsAt(ldn, Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void newYorkShiftStartsAtNineEstTheWeekBefore() {
        String nyc = scheduled("nyc", "America/New_York", "SUNDAY", "09:00", "17:00");
        shiftStartsAt(nyc, Instant.parse("2026-03-01T14:00:00Z"));
    }

    @Test
    void kolkataShiftStartsOnTheHalfHour() {
        // Monday 09:30 in Asia/Kolkata (UTC+5:30) is 04:00Z.
        String del = scheduled("del", "Asia/Kolkata", "MONDAY", "09:30", "18:00");
        shiftStartsAt(del, Instant.parse("2026-03-02T04:00:00Z"));
    }

    @Test
    void shiftEndInLondonAfterTheChangeTakesBackThePendingOffer() {
        String ldn = scheduled("ldn", "Europe/London", "SUNDAY", "09:00", "17:00");
        // 16:59:40 BST; the offer (30 s) outlives the shift, which ends at 16:00Z.
        TestClock.CLOCK.setTo(Instant.parse("2026-03-29T15:59:40Z"));
        available(ldn);
        Records.send(Records.chat(key("late"), id("l1"), "Hello there", "en"));
        Delivery.Offer offer = awaitOfferTo(ldn, o -> true);

        TestClock.CLOCK.advance(Duration.ofSeconds(25));

        Delivery.Revoked revoked = awaitDelivery(offer.conversationId(), Delivery.Revoked.class);
        assertEquals("shift-ended", revoked.reason());
        awaitStatus(offer.conversationId(), "QUEUED");
    }

    /**
     * With the clock a minute before {@code start}, the agent is off shift and a new conversation waits; once the
     * clock passes {@code start} the agent is offered it.
     */
    private void shiftStartsAt(String agentId, Instant start) {
        TestClock.CLOCK.setTo(start.minus(Duration.ofMinutes(1)));
        available(agentId);
        assertFalse(RouterApi.agent(agentId).getBoolean("onShift"));
        Records.send(Records.chat(key("early"), id("e1"), "Hello there", "en"));
        String conversation = RouterApi.awaitConversation("QUEUED", key("early"));
        awaitExplained(conversation);
        assertEquals(Map.of("OFF_SHIFT", 1), RouterApi.conversation(conversation).getMap("explanation.excluded"));

        TestClock.CLOCK.setTo(start.plusSeconds(5));

        assertEquals(agentId, awaitDelivery(conversation, Delivery.Offer.class).agentId());
        assertTrue(RouterApi.agent(agentId).getBoolean("onShift"));
        assertEquals(List.of(agentId), RouterApi.conversation(conversation).getList("offers.agentId"));
    }

    private static void awaitExplained(String conversation) {
        await().atMost(WAIT)
                .until(() -> RouterApi.conversation(conversation).getString("explanation") != null);
    }

    private String scheduled(String name, String zone, String day, String start, String end) {
        String id = id(name);
        Map<String, Object> body = new HashMap<>(RouterApi.agentBody(name, Map.of("en", 5), Map.of("CHAT", 3)));
        body.put("timeZone", zone);
        body.put("schedule", Map.of("weekly", List.of(Map.of("day", day, "start", start, "end", end))));
        RouterApi.defineAgent(id, body);
        return id;
    }
}
