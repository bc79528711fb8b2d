package dev.switchboard.bench.gateway;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;

/**
 * The deliveries the benchmark produces: offers as the router writes them, spread round-robin over the agents. Each
 * one's id carries its step, its sequence number in the step and its intended send time ({@link System#nanoTime} of
 * this JVM, which also receives the frames), so a frame alone says how late it is. The JSON is written once by
 * Jackson; only the id and the agent are filled in per record.
 */
final class BenchOffers {

    private static final String ID = "__ID__";
    private static final String AGENT = "__AGENT__";
    private static final String ID_FIELD = "\"id\":\"p";

    private final int agents;
    private final String template = template();

    BenchOffers(int agents) {
        this.agents = agents;
    }

    static String agentId(int agent) {
        return "bench-agent-" + agent;
    }

    /** The agent the step's {@code sequence}th delivery goes to: round-robin, so every agent gets its share. */
    String agentOf(int sequence) {
        return agentId(sequence % agents);
    }

    String json(int step, int sequence, long intendedNanos) {
        return template.replace(ID, "p" + step + "-" + sequence + "-" + intendedNanos)
                .replace(AGENT, agentOf(sequence));
    }

    /** Reads the id out of a frame as either server sends it; false when the frame is not a benchmark offer. */
    static boolean read(String frame, Arrival sink, long arrivalNanos) {
        int at = frame.indexOf(ID_FIELD);
        if (at < 0) {
            return false;
        }
        int start = at + ID_FIELD.length();
        int firstDash = frame.indexOf('-', start);
        int secondDash = frame.indexOf('-', firstDash + 1);
        int end = frame.indexOf('"', secondDash + 1);
        if (firstDash < 0 || secondDash < 0 || end < 0) {
            return false;
        }
        sink.arrived(Integer.parseInt(frame, start, firstDash, 10),
                Integer.parseInt(frame, firstDash + 1, secondDash, 10),
                Long.parseLong(frame, secondDash + 1, end, 10), arrivalNanos);
        return true;
    }

    /** Where {@link #read} puts what it found. */
    interface Arrival {
        void arrived(int step, int sequence, long intendedNanos, long arrivalNanos);
    }

    /** An offer of typical size (about 600 B of JSON): a preview, a customer, two skills. */
    private static String template() {
        Instant now = Instant.parse("2026-01-01T09:00:00Z");
        Delivery.Offer offer = new Delivery.Offer(ID, Delivery.SCHEMA_VERSION, AGENT, "conv-benchmark", now,
                "offer-benchmark", Channel.CHAT, "webchat",
                new Delivery.CustomerSummary("cust-benchmark", "Alex Example", "alex@example.com"), null,
                "Hello, my order 12345 arrived damaged and I would like a replacement or a refund, whichever is quicker.",
                "en", List.of("orders", "refunds"), 5, "Speaks en, has orders and refunds, least busy", now.plusSeconds(30));
        try {
            return ContractJson.mapper().writeValueAsString(offer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
