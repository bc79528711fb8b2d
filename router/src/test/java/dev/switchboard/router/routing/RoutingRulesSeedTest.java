package dev.switchboard.router.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.MessageFlag;

/** The rules a fresh system starts with (version 1, seeded by Flyway) are valid and route sensibly. */
class RoutingRulesSeedTest {

    private static final String MIGRATION = "/db/migration/V3__customers_identities_and_routing_rules.sql";

    @Test
    void seededRulesCompileAndClassifyCommonMessages() throws IOException {
        RoutingRules rules = RoutingRules.compile(1, seeded());

        assertEquals(Map.of("billing", 2), rules.classify(chat("en", "I was charged twice, please refund")).skills());
        assertEquals(Map.of("orders", 2), rules.classify(chat("es", "¿Dónde está mi pedido?")).skills());
        assertEquals(Map.of("billing", 2), rules.classify(chat("hi", "mera refund kab aayega")).skills());
        assertEquals(Map.of(), rules.classify(chat("en", "Hello")).skills());
        assertEquals(Duration.ofMinutes(2), rules.classify(chat("en", "Hello")).firstResponse());

        Classification urgent = rules.classify(chat("en", "This is URGENT, my card was stolen"));
        assertEquals(70, urgent.priority());
        assertEquals(Duration.ofMinutes(1), urgent.firstResponse());

        Classification voicemail = rules.classify(new MessageFacts(Channel.PHONE, "asterisk",
                Set.of(MessageFlag.VOICEMAIL), null, "en", null, null));
        assertEquals(Map.of("callbacks", 1), voicemail.skills());
        assertEquals(Duration.ofMinutes(15), voicemail.firstResponse());
        assertTrue(rules.stages().size() > 1, "the bullseye widens");
    }

    private static MessageFacts chat(String language, String text) {
        return new MessageFacts(Channel.CHAT, "webchat", Set.of(), null, language, null, text);
    }

    private static RuleSetDefinition seeded() throws IOException {
        try (InputStream in = RoutingRulesSeedTest.class.getResourceAsStream(MIGRATION)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String json = sql.substring(sql.indexOf("$rules$") + "$rules$".length(), sql.lastIndexOf("$rules$"));
            return new ObjectMapper().readValue(json, RuleSetDefinition.class);
        }
    }
}
