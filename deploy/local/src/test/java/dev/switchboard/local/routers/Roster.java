package dev.switchboard.local.routers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.testkit.TokenIssuer;

/**
 * The agents of one run: small capacities (one to three per channel, some with an overall cap below the sum of their
 * channels), mixed languages, defined through a router's REST API as a supervisor would.
 */
public final class Roster {

    private static final List<Map<String, Integer>> LANGUAGES = List.of(
            Map.of("en", 5), Map.of("es", 5, "en", 3), Map.of("fr", 4, "en", 4), Map.of("de", 5), Map.of("es", 4));

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();

    public Roster(String run, int size, Random random) {
        for (int i = 0; i < size; i++) {
            String id = "tr-" + run + "-" + i;
            Map<String, Integer> capacity = new LinkedHashMap<>();
            capacity.put("CHAT", 1 + random.nextInt(3));
            capacity.put("SMS", 1 + random.nextInt(2));
            capacity.put("SOCIAL", 1 + random.nextInt(2));
            capacity.put("EMAIL", 1);
            capacity.put("PHONE", 1);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("displayName", "Agent " + i);
            body.put("timeZone", "Europe/Madrid");
            body.put("languages", LANGUAGES.get(i % LANGUAGES.size()));
            body.put("skills", Map.of("billing", 3, "orders", 3));
            body.put("capacity", capacity);
            if (i % 3 == 0) {
                // Below the sum of the channels, so the overall cap is what binds.
                body.put("maxConcurrent", 2);
            }
            ids.add(id);
            bodies.put(id, body);
        }
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }

    /** PUT /v1/agents/{id} for every agent, with a supervisor's token, on the router at {@code baseUri}. */
    public void define(URI baseUri, TokenIssuer tokens) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, Map<String, Object>> agent : bodies.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve("/v1/agents/" + agent.getKey()))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + tokens.supervisorToken("three-routers-supervisor"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json(agent.getValue())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("defining " + agent.getKey() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
    }

    private static String json(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
