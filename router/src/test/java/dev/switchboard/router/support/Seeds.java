package dev.switchboard.router.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Conversations written straight into the router's database in a chosen state, as another router instance would
 * have left them: exact waits and SLA deadlines without driving each one through intake and offers.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * A conversation with its own customer; {@code skillsJson} like {@code {"billing": 2}}, {@code agentId} null
     * unless it is OFFERED or ASSIGNED, {@code slaDueAt} may be null.
     */
    public static UUID conversation(String status, String channel, String language, String skillsJson,
            String agentId, Instant queuedSince, Instant slaDueAt, int priority) {
        UUID customer = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        RouterDb.update("INSERT INTO customers (id, created_at) VALUES (?, ?)", customer, ts(queuedSince));
        RouterDb.update("""
                INSERT INTO conversations (id, conversation_key, channel, provider, customer_id, status, language,
                    assigned_agent_id, created_at, queued_since, updated_at, closed_at, skills, sla_due_at, priority)
                VALUES (?, ?, ?, 'webchat', ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""",
                id, "seed:" + id, channel, customer, status, language, agentId, ts(queuedSince), ts(queuedSince),
                ts(queuedSince), "CLOSED".equals(status) ? ts(queuedSince) : null, skillsJson, ts(slaDueAt),
                priority);
        return id;
    }

    /** A message in the conversation, from the customer or, when {@code agentId} is given, from that agent. */
    public static void message(UUID conversationId, String agentId, Instant at) {
        RouterDb.update("""
                INSERT INTO messages (id, conversation_id, channel, provider, provider_message_id, text, received_at,
                    author, agent_id)
                VALUES (?, ?, 'CHAT', 'webchat', ?, 'seeded', ?, ?, ?)""",
                UUID.randomUUID(), conversationId, UUID.randomUUID().toString(), ts(at),
                agentId == null ? "CUSTOMER" : "AGENT", agentId);
    }

    /** A pending offer of the conversation to the agent, expiring at the instant given. */
    public static void pendingOffer(UUID conversationId, String agentId, Instant expiresAt) {
        RouterDb.update("""
                INSERT INTO offers (id, conversation_id, agent_id, status, reason, created_at, expires_at)
                VALUES (?, ?, ?, 'PENDING', 'seeded', ?, ?)""",
                UUID.randomUUID(), conversationId, agentId, ts(Instant.now()), ts(expiresAt));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
