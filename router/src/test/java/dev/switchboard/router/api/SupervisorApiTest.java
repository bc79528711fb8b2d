package dev.switchboard.router.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.Seeds;
import dev.switchboard.router.support.TestClock;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.testkit.TokenIssuer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The supervisor view's REST answers over seeded PostgreSQL state, and its page. */
@QuarkusTest
@RouterTestResources
class SupervisorApiTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void cleanSlate() {
        RouterApi.clearDatabase();
    }

    @AfterEach
    void restoreClock() {
        TestClock.CLOCK.reset();
    }

    @Test
    void queueDepthAndOldestWaitPerSkillLanguageAndChannel() {
        Instant now = TestClock.CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant oldest = now.minusSeconds(300);
        Instant oldestEmail = now.minusSeconds(120);
        Seeds.conversation("QUEUED", "CHAT", "es", "{\"billing\": 2}", null, oldest, null, 0);
        Seeds.conversation("QUEUED", "EMAIL", "es-MX", "{\"billing\": 2, \"orders\": 1}", null,
                oldestEmail, null, 0);
        Seeds.conversation("QUEUED", "CHAT", "hi", "{\"orders\": 2}", null, now.minusSeconds(60), null, 0);
        Seeds.conversation("ASSIGNED", "CHAT", "es", "{\"billing\": 2}", agent("busy", null), now.minusSeconds(900),
                null, 0);

        JsonPath queues = supervisor("/v1/supervisor/queues");
        Instant asOf = Instant.parse(queues.getString("asOf"));

        assertEquals(3, queues.getInt("total.depth"));
        assertEquals(waitSince(oldest, asOf), queues.getLong("total.oldestWaitSeconds"));
        assertEquals(List.of("billing", "orders"), queues.getList("bySkill.key"));
        assertEquals(List.of(2, 2), queues.getList("bySkill.depth", Integer.class));
        assertEquals(waitSince(oldest, asOf), queues.getLong("bySkill[0].oldestWaitSeconds"));
        assertEquals(waitSince(oldestEmail, asOf), queues.getLong("bySkill[1].oldestWaitSeconds"));
        assertEquals(List.of("es", "es-MX", "hi"), queues.getList("byLanguage.key"));
        assertEquals(List.of("CHAT", "EMAIL"), queues.getList("byChannel.key"));
        assertEquals(List.of(2, 1), queues.getList("byChannel.depth", Integer.class));
    }

    @Test
    void oldestWaitOfAMessageFromTheInboundTopicFollowsTheRoutersClock() {
        String key = "chat:webchat:supervised-" + run;
        Records.send(Records.chat(key, "m1-" + run, "Hello, my invoice is wrong and I want a refund", "en"));
        RouterApi.awaitConversation("QUEUED", key);

        // Less than the rules' last stage (PT5M), which drops the billing skill.
        TestClock.CLOCK.advance(Duration.ofSeconds(100));
        JsonPath queues = supervisor("/v1/supervisor/queues");

        assertEquals(1, queues.getInt("total.depth"));
        assertEquals(List.of("billing"), queues.getList("bySkill.key"));
        assertBetween(100, 130, queues.getLong("bySkill[0].oldestWaitSeconds"));
        assertEquals("en", queues.getString("byLanguage[0].key"));
        assertBetween(100, 130, queues.getLong("byLanguage[0].oldestWaitSeconds"));
    }

    @Test
    void emptyQueueHasNoWait() {
        JsonPath queues = supervisor("/v1/supervisor/queues");

        assertEquals(0, queues.getInt("total.depth"));
        assertEquals(0, queues.getLong("total.oldestWaitSeconds"));
        assertEquals(List.of(), queues.getList("bySkill"));
    }

    @Test
    void agentsByPresenceWithOccupancyAgainstCapacityAndShift() {
        String ana = agent("ana", null);
        String bo = agent("bo", null);
        String offShift = agent("cy", tomorrowMorningOnly());
        RouterDb.update("UPDATE agents SET presence = 'AVAILABLE', last_assigned_at = ? WHERE id = ?",
                Timestamp.from(Instant.parse("2025-06-01T10:00:00Z")), ana);
        RouterDb.update("UPDATE agents SET presence = 'AWAY' WHERE id = ?", bo);
        Instant now = TestClock.CLOCK.instant();
        Seeds.conversation("ASSIGNED", "CHAT", "es", "{}", ana, now, null, 0);
        Seeds.conversation("ASSIGNED", "CHAT", "es", "{}", ana, now, null, 0);
        UUID offered = Seeds.conversation("OFFERED", "EMAIL", "es", "{}", ana, now, null, 0);
        Seeds.pendingOffer(offered, ana, now.plus(Duration.ofHours(1)));
        Seeds.conversation("ASSIGNED", "CHAT", "en", "{}", bo, now, null, 0);
        Seeds.conversation("CLOSED", "CHAT", "en", "{}", null, now, null, 0);

        JsonPath agents = supervisor("/v1/supervisor/agents");

        assertEquals(Map.of("AVAILABLE", 1, "AWAY", 1, "OFFLINE", 1), agents.getMap("byPresence"));
        assertEquals(2, agents.getInt("onShift"));
        Map<String, Object> first = row(agents, ana);
        // CHAT 2 + EMAIL 3 listed, three unlisted channels at the default 3: 14, cut to maxConcurrent 6.
        assertEquals(3, first.get("held"));
        assertEquals(6, first.get("capacity"));
        assertEquals(0.5f, first.get("occupancy"));
        assertEquals("AVAILABLE", first.get("presence"));
        assertEquals(true, first.get("onShift"));
        assertEquals("2025-06-01T10:00:00Z", first.get("lastAssignedAt"));
        assertEquals(Map.of("channel", "CHAT", "held", 2, "capacity", 2),
                agents.getMap("agents.find { it.id == '" + ana + "' }.channels.find { it.channel == 'CHAT' }"));
        assertEquals(Map.of("channel", "EMAIL", "held", 1, "capacity", 3),
                agents.getMap("agents.find { it.id == '" + ana + "' }.channels.find { it.channel == 'EMAIL' }"));
        assertEquals(Map.of("channel", "SMS", "held", 0, "capacity", 3),
                agents.getMap("agents.find { it.id == '" + ana + "' }.channels.find { it.channel == 'SMS' }"));
        assertEquals(1, row(agents, bo).get("held"));
        assertEquals("AWAY", row(agents, bo).get("presence"));
        assertEquals(0, row(agents, offShift).get("held"));
        assertEquals(false, row(agents, offShift).get("onShift"));
        assertEquals("OFFLINE", row(agents, offShift).get("presence"));
    }

    @Test
    void atRiskListsOpenConversationsOwedAFirstResponseMostUrgentFirst() {
        String ana = agent("ana", null);
        Instant now = TestClock.CLOCK.instant();
        UUID breached = Seeds.conversation("QUEUED", "CHAT", "es", "{\"billing\": 2}", null, now.minusSeconds(200),
                now.minusSeconds(60), 0);
        UUID dueSoon = Seeds.conversation("QUEUED", "SMS", "en", "{}", null, now, now.plusSeconds(300), 0);
        UUID offered = Seeds.conversation("OFFERED", "CHAT", "en", "{}", ana, now, now.plusSeconds(120), 0);
        Seeds.pendingOffer(offered, ana, now.plus(Duration.ofHours(1)));
        UUID unanswered = Seeds.conversation("ASSIGNED", "CHAT", "en", "{}", ana, now, now.minusSeconds(30), 0);
        Seeds.message(unanswered, null, now);
        UUID answered = Seeds.conversation("ASSIGNED", "CHAT", "en", "{}", ana, now, now.minusSeconds(120), 0);
        Seeds.message(answered, ana, now);
        UUID later = Seeds.conversation("QUEUED", "EMAIL", "en", "{}", null, now, now.plus(Duration.ofHours(1)), 0);
        Seeds.conversation("CLOSED", "CHAT", "en", "{}", null, now, now.minusSeconds(600), 0);
        Seeds.conversation("QUEUED", "CHAT", "en", "{}", null, now, null, 0);

        JsonPath atRisk = supervisor("/v1/supervisor/at-risk?within=PT10M");

        assertEquals("PT10M", atRisk.getString("within"));
        assertEquals(ids(breached, unanswered, offered, dueSoon), atRisk.getList("conversations.id"));
        assertTrue(atRisk.getBoolean("conversations[0].breached"));
        assertBetween(-70, -59, atRisk.getLong("conversations[0].secondsLeft"));
        assertFalse(atRisk.getBoolean("conversations[2].breached"));
        assertBetween(110, 120, atRisk.getLong("conversations[2].secondsLeft"));
        assertEquals("/v1/conversations/" + breached, atRisk.getString("conversations[0].explanation"));

        assertEquals(ids(breached, unanswered, offered, dueSoon, later),
                supervisor("/v1/supervisor/at-risk?within=PT2H").getList("conversations.id"));
        assertEquals(ids(breached, unanswered),
                supervisor("/v1/supervisor/at-risk?within=PT0S").getList("conversations.id"));
    }

    @Test
    void atRiskWindowMovesWithTheRoutersClock() {
        Instant now = TestClock.CLOCK.instant();
        UUID due = Seeds.conversation("QUEUED", "EMAIL", "en", "{}", null, now, now.plus(Duration.ofMinutes(30)), 0);

        assertEquals(List.of(), supervisor("/v1/supervisor/at-risk").getList("conversations"));
        TestClock.CLOCK.advance(Duration.ofMinutes(25));

        assertEquals(ids(due), supervisor("/v1/supervisor/at-risk").getList("conversations.id"));
    }

    @Test
    void rejectsAWindowThatIsNotADurationNamingTheField() {
        given().auth().oauth2(supervisorToken()).queryParam("within", "10 minutes")
                .when().get("/v1/supervisor/at-risk")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("field", equalTo("within"));
        given().auth().oauth2(supervisorToken()).queryParam("within", "-PT5M")
                .when().get("/v1/supervisor/at-risk")
                .then().statusCode(400).body("field", equalTo("within"));
    }

    @Test
    void answersWithoutATokenWith401AndForAnAgentWith403() {
        for (String path : List.of("/v1/supervisor/queues", "/v1/supervisor/agents", "/v1/supervisor/at-risk")) {
            given().when().get(path).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
            given().auth().oauth2(TokenIssuer.shared().agentToken("ana")).when().get(path)
                    .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("status", equalTo(403));
            given().auth().oauth2(supervisorToken()).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void servesTheSupervisorPageWithItsScript() {
        given().when().get("/supervisor/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("supervisor.js"), containsString("data-testid=\"queues-table\""),
                        containsString("aria-live=\"polite\""));
        given().when().get("/supervisor/supervisor.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("/v1/supervisor/at-risk"), containsString("sessionStorage"));
        given().when().get("/supervisor/supervisor.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void documentsTheSupervisorEndpoints() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/v1/supervisor/queues"))
                .body("paths", hasKey("/v1/supervisor/agents"))
                .body("paths", hasKey("/v1/supervisor/at-risk"));
    }

    private static String supervisorToken() {
        return TokenIssuer.shared().token("sam", List.of(TokenIssuer.SUPERVISOR), Duration.ofMinutes(5));
    }

    private static JsonPath supervisor(String path) {
        return given().auth().oauth2(supervisorToken()).when().get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The clock keeps running between seeding and asking: the wait is measured to the answer's asOf. */
    private static long waitSince(Instant queuedSince, Instant asOf) {
        return Duration.between(queuedSince, asOf).toSeconds();
    }

    private static void assertBetween(long low, long high, long actual) {
        assertTrue(actual >= low && actual <= high, actual + " is not from " + low + " to " + high);
    }

    private static List<String> ids(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).toList();
    }

    private static Map<String, Object> row(JsonPath agents, String id) {
        return agents.getMap("agents.find { it.id == '" + id + "' }");
    }

    private String agent(String name, Map<String, Object> schedule) {
        String id = name + "-" + run;
        Map<String, Object> body = new HashMap<>(RouterApi.agentBody(name, Map.of("es", 5, "en", 4),
                Map.of("CHAT", 2, "EMAIL", 3)));
        if (schedule != null) {
            body.put("schedule", schedule);
        }
        RouterApi.defineAgent(id, body);
        return id;
    }

    /** One hour tomorrow morning, in the agents' zone: never on shift now. */
    private static Map<String, Object> tomorrowMorningOnly() {
        DayOfWeek tomorrow = TestClock.CLOCK.instant().atZone(ZoneId.of("Europe/Madrid")).getDayOfWeek().plus(1);
        return Map.of("weekly", List.of(Map.of("day", tomorrow.name().toLowerCase(Locale.ROOT),
                "start", "09:00", "end", "10:00")));
    }
}
