package dev.switchboard.router.flow;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.support.AgentEvents;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterDb;
import dev.switchboard.router.support.TestClock;

/**
 * One random event at a time, chosen from what the database says is possible now, sent as ingest or the agent
 * gateway would, and awaited until the router has applied it. Each event is described in one line for the replay
 * log. Agents have random languages (levels 3 to 5), skills and small capacities; conversations come on chat, SMS and
 * email, in English, Spanish or French, some asking for a skill through the routing rules' keywords, some urgent.
 */
final class RandomRouting {

    private static final Duration APPLIED = Duration.ofSeconds(20);
    private static final int AGENTS = 4;
    private static final int CUSTOMERS = 6;
    private static final List<Channel> CHANNELS = List.of(Channel.CHAT, Channel.CHAT, Channel.SMS, Channel.EMAIL);
    private static final List<String> LANGUAGES = List.of("en", "es", "fr");
    /** Text and its language; the seeded rules turn invoice/factura into billing, order into orders, urgent up. */
    private static final List<String[]> TEXTS = List.of(
            new String[] { "Hello, I have a question", "en" },
            new String[] { "My invoice is wrong", "en" },
            new String[] { "Where is my order?", "en" },
            new String[] { "This is urgent, please call me", "en" },
            new String[] { "Hola, tengo una pregunta", "es" },
            new String[] { "Mi factura está mal", "es" },
            new String[] { "Bonjour, j'ai une question", "fr" });

    private final Random random;
    private final String run;
    private final Runnable resumeExpiry;
    private final Runnable pauseExpiry;
    private final List<String> agents = new ArrayList<>();
    private int messages;
    /** A burst: many customers writing the same thing at once (an outage, a mailing), one message per event. */
    private String[] burstText;
    private int burstLeft;

    RandomRouting(Random random, String run, Runnable resumeExpiry, Runnable pauseExpiry) {
        this.random = random;
        this.run = run;
        this.resumeExpiry = resumeExpiry;
        this.pauseExpiry = pauseExpiry;
    }

    /** Defines the agents, all AVAILABLE; each definition is a line of {@code steps}. */
    void defineAgents(List<String> steps) {
        for (int i = 0; i < AGENTS; i++) {
            String id = "qi-" + run + "-" + i;
            Map<String, Integer> languages = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                if (languages.isEmpty() || random.nextInt(10) < 5) {
                    languages.put(language, 3 + random.nextInt(3));
                }
            }
            Map<String, Integer> skills = new LinkedHashMap<>();
            for (String skill : List.of("billing", "orders")) {
                int level = random.nextInt(4);
                if (level > 0) {
                    skills.put(skill, level);
                }
            }
            Map<String, Integer> capacity = Map.of("CHAT", 1 + random.nextInt(2), "SMS", 1, "EMAIL", 1);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("displayName", "Agent " + i);
            body.put("timeZone", "Europe/Madrid");
            body.put("languages", languages);
            body.put("skills", skills);
            body.put("capacity", capacity);
            if (random.nextBoolean()) {
                body.put("maxConcurrent", 2);
            }
            RouterApi.defineAgent(id, body);
            agents.add(id);
            steps.add("define " + id + " " + body);
            presence(id, Presence.AVAILABLE);
        }
    }

    /** Applies one random event and returns its description. */
    String next() {
        if (burstLeft > 0) {
            burstLeft--;
            return "burst: " + newConversation(burstText);
        }
        while (true) {
            int dice = random.nextInt(100);
            String done;
            if (dice < 4) {
                burstText = TEXTS.get(random.nextInt(TEXTS.size()));
                burstLeft = 8 + random.nextInt(10);
                done = "burst of " + (burstLeft + 1) + " starts: " + newConversation(burstText);
            } else if (dice < 30) {
                done = newConversation(TEXTS.get(random.nextInt(TEXTS.size())));
            } else if (dice < 35) {
                done = reopen();
            } else if (dice < 50) {
                done = presenceChange();
            } else if (dice < 65) {
                done = answer(true);
            } else if (dice < 72) {
                done = answer(false);
            } else if (dice < 90) {
                done = close();
            } else {
                done = moveClock();
            }
            if (done != null) {
                return done;
            }
        }
    }

    private String newConversation(String[] text) {
        Channel channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        String key = channel.name().toLowerCase() + ":qi:" + run + ":" + messages;
        String customer = "qi-" + run + "-customer-" + random.nextInt(CUSTOMERS);
        send(channel, key, text, customer);
        awaitApplied("conversation " + key, () -> !RouterDb.rows(
                "SELECT id FROM conversations WHERE conversation_key = ?", key).isEmpty());
        return "new " + channel + " conversation " + key + " from " + customer + ": \"" + text[0] + "\" (" + text[1]
                + ")";
    }

    /** A customer writes again in a closed conversation's thread, which reopens it. */
    private String reopen() {
        Map<String, Object> closed = pick("""
                SELECT conversation_key, channel FROM conversations c WHERE status = 'CLOSED'
                  AND NOT EXISTS (SELECT 1 FROM conversations o WHERE o.conversation_key = c.conversation_key
                                  AND o.status <> 'CLOSED')
                ORDER BY conversation_key""");
        if (closed == null) {
            return null;
        }
        String key = (String) closed.get("conversation_key");
        String[] text = TEXTS.get(random.nextInt(TEXTS.size()));
        String id = send(Channel.valueOf((String) closed.get("channel")), key, text, "qi-" + run + "-again");
        awaitApplied("message " + id, () -> !RouterDb.rows(
                "SELECT id FROM messages WHERE provider_message_id = ?", id).isEmpty());
        return "message reopening " + key + ": \"" + text[0] + "\"";
    }

    private String presenceChange() {
        String agent = agents.get(random.nextInt(agents.size()));
        String now = (String) RouterDb.rows("SELECT presence FROM agents WHERE id = ?", agent).get(0).get("presence");
        List<Presence> others = new ArrayList<>(List.of(Presence.AVAILABLE, Presence.AWAY, Presence.OFFLINE));
        others.removeIf(p -> p.name().equals(now));
        Presence presence = others.get(random.nextInt(others.size()));
        presence(agent, presence);
        return agent + " " + now + " -> " + presence;
    }

    private String answer(boolean accept) {
        Map<String, Object> offer = pick("""
                SELECT id, agent_id, conversation_id FROM offers WHERE status = 'PENDING' ORDER BY created_at, id""");
        if (offer == null) {
            return null;
        }
        String agent = (String) offer.get("agent_id");
        UUID offerId = (UUID) offer.get("id");
        String conversation = offer.get("conversation_id").toString();
        if (accept) {
            Records.accept(agent, offerId.toString(), conversation);
        } else {
            Records.decline(agent, offerId.toString(), conversation);
        }
        awaitApplied("answer to offer " + offerId, () -> !"PENDING".equals(RouterDb.rows(
                "SELECT status FROM offers WHERE id = ?", offerId).get(0).get("status")));
        return agent + (accept ? " accepts " : " declines ") + "offer of " + conversation;
    }

    private String close() {
        Map<String, Object> held = pick("""
                SELECT id, assigned_agent_id FROM conversations WHERE status = 'ASSIGNED' ORDER BY id""");
        if (held == null) {
            return null;
        }
        UUID conversation = (UUID) held.get("id");
        String agent = (String) held.get("assigned_agent_id");
        AgentEvents.close(agent, conversation.toString(), "resolved");
        awaitApplied("close of " + conversation, () -> "CLOSED".equals(RouterDb.rows(
                "SELECT status FROM conversations WHERE id = ?", conversation).get(0).get("status")));
        return agent + " closes " + conversation;
    }

    /** Moves the clock past some offers' deadlines and lets the expiry sweep run until none is overdue. */
    private String moveClock() {
        Duration by = Duration.ofSeconds(31 + random.nextInt(120));
        TestClock.CLOCK.advance(by);
        Instant now = TestClock.CLOCK.instant();
        resumeExpiry.run();
        try {
            awaitApplied("expiry of offers due by " + now, () -> RouterDb.rows(
                    "SELECT id FROM offers WHERE status = 'PENDING' AND expires_at <= ?", Timestamp.from(now))
                    .isEmpty());
        } finally {
            pauseExpiry.run();
        }
        return "clock moves " + by.toSeconds() + " s";
    }

    private String send(Channel channel, String key, String[] text, String customer) {
        String id = "qi-" + run + "-m" + messages++;
        Records.send(AgentEvents.inbound(channel, key, id, text[0], text[1],
                CustomerIdentity.ofHandle(customer, "Customer")));
        return id;
    }

    private static void presence(String agent, Presence presence) {
        Records.presence(agent, presence);
        awaitApplied("presence of " + agent, () -> presence.name().equals(RouterDb.rows(
                "SELECT presence FROM agents WHERE id = ?", agent).get(0).get("presence")));
    }

    /** A random row of the query, or null when it has none. */
    private Map<String, Object> pick(String sql) {
        List<Map<String, Object>> rows = RouterDb.rows(sql);
        return rows.isEmpty() ? null : rows.get(random.nextInt(rows.size()));
    }

    private static void awaitApplied(String what, Callable<Boolean> applied) {
        await(what).atMost(APPLIED).pollInterval(Duration.ofMillis(25)).until(applied);
    }
}
