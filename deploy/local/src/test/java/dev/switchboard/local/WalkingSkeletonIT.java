package dev.switchboard.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.local.demo.AgentSocket;
import dev.switchboard.local.support.LocalStack;

/**
 * The walking skeleton through the real parts: ingest-chat, router and agent-gateway each run as their own process,
 * against a real broker, a fresh PostgreSQL database, real HTTP and a real WebSocket client.
 */
class WalkingSkeletonIT {

    private static LocalStack stack;

    @BeforeAll
    static void startTheServices() {
        stack = LocalStack.start(LocalService.INGEST_CHAT, LocalService.ROUTER, LocalService.AGENT_GATEWAY);
    }

    @AfterAll
    static void stopTheServices() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPostedChatReachesTheAvailableAgentsSocketAsAnOfferAndIsAssignedOnAccept() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agentId = "e2e-agent-" + suffix;
        String session = "e2e-session-" + suffix;
        String text = "My order " + suffix + " has not arrived yet";
        stack.defineAgent(agentId, Map.of("displayName", "Eva Duarte", "timeZone", "Europe/Lisbon",
                "languages", Map.of("en", 5, "pt", 4), "skills", Map.of("orders", 3),
                "capacity", Map.of("CHAT", 3)));

        try (AgentSocket socket = AgentSocket.connect(
                AgentSocket.socketUri(stack.port(LocalService.AGENT_GATEWAY)),
                agentId, stack.tokens().agentToken(agentId), Duration.ofSeconds(10))) {
            socket.sendPresence("AVAILABLE");
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> "AVAILABLE".equals(stack.routerGet("/v1/agents/" + agentId).path("presence").asText()));

            stack.postChat(Map.of("sessionId", session, "clientMessageId", "m-1",
                    "visitor", Map.of("id", "visitor-" + suffix, "name", "Rui Costa", "email", "rui@example.com"),
                    "text", text, "locale", "en-GB", "timeZone", "Europe/London",
                    "pageUrl", "https://shop.example/orders"));

            JsonNode offer = await().atMost(Duration.ofSeconds(30))
                    .until(() -> frame(socket, "offer", null), f -> f != null);
            String conversationId = offer.path("conversationId").asText();
            assertEquals(agentId, offer.path("agentId").asText());
            assertEquals("CHAT", offer.path("channel").asText());
            assertEquals(text, offer.path("preview").asText());
            JsonNode firstMessage = stack.routerGet("/v1/conversations/" + conversationId).path("messages").path(0);
            assertEquals(session + "/m-1", firstMessage.path("providerMessageId").asText(),
                    "the offered conversation is the one the chat message started");

            socket.accept(offer.path("offerId").asText(), conversationId);
            JsonNode assigned = await().atMost(Duration.ofSeconds(30))
                    .until(() -> frame(socket, "assigned", conversationId), f -> f != null);
            assertEquals(agentId, assigned.path("agentId").asText());
            assertFalse(assigned.path("history").isEmpty(), "the assignment carries the conversation so far");
            assertEquals(text, assigned.path("history").path(0).path("text").asText());
        }
    }

    private static JsonNode frame(AgentSocket socket, String type, String conversationId) {
        return socket.frames().stream()
                .filter(f -> type.equals(f.path("type").asText()))
                .filter(f -> conversationId == null || conversationId.equals(f.path("conversationId").asText()))
                .findFirst().orElse(null);
    }
}
