package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.testkit.TokenIssuer;

/**
 * Keeps the demo agents signed in to the gateway and AVAILABLE, and tells the terminal what each one receives, so a
 * newcomer watches routing happen without opening a desk of their own. It accepts only the offers {@code takes}
 * picks (the demo's own sample chats), and closes them once assigned; anything else waits for a person signed in as
 * that agent to accept it.
 */
public final class DemoDesk implements AutoCloseable {

    private static final int PREVIEW_LENGTH = 60;

    private final List<AgentSocket> sockets = new ArrayList<>();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final Predicate<JsonNode> takes;

    private DemoDesk(Predicate<JsonNode> takes) {
        this.takes = takes;
    }

    /** Connects every agent it can; {@code say} gets (agent id, what happened). */
    public static DemoDesk open(int gatewayPort, List<DemoAgent> agents, TokenIssuer tokens,
            Predicate<JsonNode> takes, BiConsumer<String, String> say) {
        DemoDesk desk = new DemoDesk(takes);
        for (DemoAgent agent : agents) {
            try {
                AgentSocket socket = AgentSocket.connect(AgentSocket.socketUri(gatewayPort), agent.id(),
                        tokens.agentToken(agent.id()), Duration.ofSeconds(5));
                socket.onFrame(frame -> desk.handle(socket, frame, say));
                socket.sendPresence("AVAILABLE");
                desk.sockets.add(socket);
            } catch (RuntimeException e) {
                say.accept(agent.id(), "could not sign in to the gateway (" + rootMessage(e) + ")");
            }
        }
        return desk;
    }

    public int signedIn() {
        return sockets.size();
    }

    private void handle(AgentSocket socket, JsonNode frame, BiConsumer<String, String> say) {
        String type = frame.path("type").asText();
        String conversation = frame.path("conversationId").asText("?");
        switch (type) {
            case "offer" -> {
                boolean accepting = takes.test(frame);
                say.accept(socket.agentId(), "offered conversation " + conversation
                        + " [" + frame.path("channel").asText() + ", "
                        + frame.path("language").asText("language unknown") + skills(frame) + "] \""
                        + preview(frame.path("preview").asText("")) + "\" because "
                        + frame.path("reason").asText("?")
                        + (accepting ? "; accepting" : "; waiting for you to accept it as " + socket.agentId()));
                if (accepting) {
                    taken.add(conversation);
                    socket.accept(frame.path("offerId").asText(), conversation);
                }
            }
            case "assigned" -> {
                say.accept(socket.agentId(), "now holds conversation " + conversation);
                if (taken.remove(conversation)) {
                    // Closed at once, so the agents' capacity is free again when the demo runs next time.
                    socket.send(Map.of("type", "close", "conversationId", conversation, "disposition", "resolved"));
                    say.accept(socket.agentId(), "closed conversation " + conversation + " as resolved");
                }
            }
            case "revoked" -> say.accept(socket.agentId(), "lost conversation " + conversation + ": "
                    + frame.path("reason").asText("?"));
            case "message" -> say.accept(socket.agentId(), "has a new message in conversation " + conversation);
            default -> say.accept(socket.agentId(), "received a " + type + " frame");
        }
    }

    private static String skills(JsonNode frame) {
        List<String> skills = StreamSupport.stream(frame.path("skills").spliterator(), false)
                .map(JsonNode::asText).toList();
        return skills.isEmpty() ? "" : ", " + String.join("+", skills);
    }

    private static String preview(String text) {
        return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH) + "…";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        sockets.forEach(AgentSocket::close);
    }
}
