package dev.switchboard.router.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.servicekit.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Agents' schedules and teams: stored canonically, and rejected field by field when they cannot be used. */
@QuarkusTest
@RouterTestResources
class AgentScheduleApiTest {

    private final String agentId = "sched-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void storesWeeklyScheduleWithExceptionsAndTeams() {
        Map<String, Object> schedule = Map.of(
                "weekly", List.of(shift("monday", "09:00", "17:30"), shift("FRIDAY", "22:00", "06:00")),
                "exceptions", List.of(Map.of("kind", "off", "start", "2025-12-25T00:00", "end", "2025-12-26T00:00",
                        "note", "Christmas")));

        put(body(schedule, List.of("billing-team", "night"))).statusCode(200)
                .body("schedule.weekly[0].day", equalTo("MONDAY"))
                .body("schedule.weekly[1].end", equalTo("06:00"))
                .body("schedule.exceptions[0].kind", equalTo("OFF"))
                .body("teams", equalTo(List.of("billing-team", "night")));

        given().auth().oauth2(RouterApi.adminToken()).when().get("/v1/agents/{id}", agentId)
                .then().statusCode(200)
                .body("schedule.exceptions[0].note", equalTo("Christmas"))
                .body("teams[1]", equalTo("night"));
    }

    @Test
    void agentWithoutScheduleIsAlwaysOnShift() {
        put(body(null, null)).statusCode(200).body("onShift", equalTo(true)).body("teams", equalTo(List.of()));
    }

    @Test
    void rejectsOverlappingShiftsNamingTheShift() {
        Map<String, Object> schedule = Map.of("weekly", List.of(shift("MONDAY", "09:00", "17:00"),
                shift("TUESDAY", "09:00", "17:00"), shift("MONDAY", "12:00", "20:00")));

        put(body(schedule, null)).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("field", equalTo("schedule.weekly[2]"));
    }

    @Test
    void rejectsExceptionEndingBeforeItStarts() {
        Map<String, Object> schedule = Map.of("exceptions", List.of(Map.of("kind", "SHIFT",
                "start", "2025-12-27T14:00", "end", "2025-12-27T10:00")));

        put(body(schedule, null)).statusCode(400).body("field", equalTo("schedule.exceptions[0]"));
    }

    @Test
    void rejectsUnreadableShiftTime() {
        put(body(Map.of("weekly", List.of(shift("MONDAY", "9am", "17:00"))), null))
                .statusCode(400).body("field", equalTo("schedule.weekly[0].start"));
    }

    @Test
    void rejectsUnknownLanguageAndNegativeCapacity() {
        Map<String, Object> unknown = body(null, null);
        unknown.put("languages", Map.of("xx", 3));
        put(unknown).statusCode(400).body("field", equalTo("languages.xx"));

        Map<String, Object> negative = body(null, null);
        negative.put("capacity", Map.of("CHAT", -1));
        put(negative).statusCode(400).body("field", equalTo("capacity.CHAT"));
    }

    @Test
    void rejectsBadTeamName() {
        put(body(null, List.of("ok", "  "))).statusCode(400).body("field", equalTo("teams[1]"));
    }

    private ValidatableResponse put(Map<String, Object> body) {
        return given().auth().oauth2(RouterApi.adminToken()).contentType(ContentType.JSON).body(body)
                .when().put("/v1/agents/{id}", agentId).then();
    }

    private static Map<String, Object> body(Map<String, Object> schedule, List<String> teams) {
        Map<String, Object> body = new HashMap<>(RouterApi.agentBody("Sam", Map.of("en", 5, "fil", 3),
                Map.of("CHAT", 2)));
        body.put("timeZone", "America/New_York");
        if (schedule != null) {
            body.put("schedule", schedule);
        }
        if (teams != null) {
            body.put("teams", teams);
        }
        return body;
    }

    private static Map<String, String> shift(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }
}
