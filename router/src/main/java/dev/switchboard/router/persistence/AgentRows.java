package dev.switchboard.router.persistence;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.Presence;
import dev.switchboard.router.routing.ScheduleDefinition;

/**
 * Agents read by native queries, for decisions that only read them: the columns of {@link #COLUMNS}, JSON as text,
 * turned into detached {@link AgentEntity} instances without the cost of loading entities into the session.
 */
final class AgentRows {

    /** The columns {@link #agent(Object[], int)} reads, from an {@code agents} table aliased {@code a}. */
    static final String COLUMNS = """
            a.id, a.presence, a.time_zone, CAST(a.languages AS text), CAST(a.skills AS text),
            CAST(a.capacity AS text), a.max_concurrent, a.last_assigned_at, CAST(a.schedule AS text)""";

    /** How many columns {@link #COLUMNS} has. */
    static final int WIDTH = 9;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<Map<String, Integer>> LEVELS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private AgentRows() {
    }

    /** The agent in the row's columns from {@code first} on, detached: changing it changes nothing stored. */
    static AgentEntity agent(Object[] row, int first) {
        AgentEntity agent = new AgentEntity();
        agent.id = (String) row[first];
        agent.presence = Presence.valueOf((String) row[first + 1]);
        agent.timeZone = (String) row[first + 2];
        agent.languages = levels((String) row[first + 3], "languages");
        agent.skills = levels((String) row[first + 4], "skills");
        agent.capacity = levels((String) row[first + 5], "capacity");
        agent.maxConcurrent = row[first + 6] == null ? null : ((Number) row[first + 6]).intValue();
        agent.lastAssignedAt = NativeValues.instant(row[first + 7]);
        agent.schedule = schedule((String) row[first + 8]);
        return agent;
    }

    /** A JSON object of counts or levels by name; empty for null. */
    static Map<String, Integer> levels(String json, String column) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, LEVELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agents." + column + " is not a JSON object of numbers", e);
        }
    }

    /** A JSON array of agent ids; empty for null. */
    static List<String> ids(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, IDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON array of agent ids", e);
        }
    }

    private static ScheduleDefinition schedule(String json) {
        try {
            return json == null ? null : JSON.readValue(json, ScheduleDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agents.schedule is not a schedule", e);
        }
    }

}
