package dev.switchboard.ingest.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.switchboard.ingest.social.line.LineSignature;
import dev.switchboard.ingest.social.meta.MetaSignature;
import dev.switchboard.ingest.social.slack.SlackSignature;
import dev.switchboard.ingest.social.slack.SlackSignature.Verdict;
import dev.switchboard.ingest.social.x.XSignature;

/** Each verifier against a value computed independently (Slack's from its own documentation). */
class SignaturesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void metaSignsTheRawBodyAsLowerCaseHexAndAcceptsOnlyThatBody() {
        byte[] body = bytes("{\"object\":\"page\"}");
        String expected = "sha256=ae958d6f00b134dd32b95a9a76bedaaeb068c0949769358355023f7d1a0c580b";

        assertEquals(expected, MetaSignature.sign("app-secret", body));
        assertTrue(MetaSignature.isValid("app-secret", body, expected));
        assertTrue(MetaSignature.isValid("app-secret", body, expected.toUpperCase().replace("SHA256=", "sha256=")));
        assertFalse(MetaSignature.isValid("app-secret", bytes("{\"object\":\"pagE\"}"), expected));
        assertFalse(MetaSignature.isValid("other-secret", body, expected));
        assertFalse(MetaSignature.isValid("app-secret", body, null));
        assertFalse(MetaSignature.isValid(null, body, expected));
        assertFalse(MetaSignature.isValid("app-secret", body, expected.substring("sha256=".length())));
    }

    @Test
    void xAnswersTheCrcWithTheBase64HmacOfTheToken() {
        assertEquals("sha256=+JKD3xCx1so7H9dYGqEd8qLRIIR3uCpi/4gsvLxmFd4=",
                XSignature.crcResponse("consumer-secret", "challenge-123"));
        byte[] body = bytes("{\"for_user_id\":\"1\"}");
        assertTrue(XSignature.isValid("consumer-secret", body, XSignature.sign("consumer-secret", body)));
        assertFalse(XSignature.isValid("consumer-secret", bytes("{\"for_user_id\":\"2\"}"),
                XSignature.sign("consumer-secret", body)));
    }

    @Test
    void lineSignsTheRawBodyInBase64() {
        byte[] body = bytes("{\"destination\":\"U1\",\"events\":[]}");
        assertEquals("B2fF7S6jgMOeNq3IokYsA4lKncYApSaoE3IcBIVdHr4=", LineSignature.sign("channel-secret", body));
        assertTrue(LineSignature.isValid("channel-secret", body, "B2fF7S6jgMOeNq3IokYsA4lKncYApSaoE3IcBIVdHr4="));
        assertFalse(LineSignature.isValid("channel-secret", body, "B2fF7S6jgMOeNq3IokYsA4lKncYApSaoE3IcBIVdHr5="));
    }

    @Test
    void slackMatchesItsDocumentedExampleInsideTheReplayWindowOnly() {
        String secret = "8f742231b10e8888abcd99yyyzzz85a5";
        byte[] body = bytes("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
                + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
                + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
                + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
        String signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        Instant sent = Instant.ofEpochSecond(1531420618);

        assertEquals(signature, SlackSignature.sign(secret, "1531420618", body));
        assertEquals(Verdict.VALID, slack(secret, sent.plusSeconds(299)).check("1531420618", body, signature));
        assertEquals(Verdict.VALID, slack(secret, sent.minusSeconds(299)).check("1531420618", body, signature));
        assertEquals(Verdict.STALE, slack(secret, sent.plusSeconds(301)).check("1531420618", body, signature));
        assertEquals(Verdict.STALE, slack(secret, sent.minusSeconds(301)).check("1531420618", body, signature));
        assertEquals(Verdict.INVALID, slack(secret, sent).check("1531420619", body, signature),
                "the timestamp is signed too");
        assertEquals(Verdict.INVALID, slack(secret, sent).check("not-a-number", body, signature));
        assertEquals(Verdict.INVALID, slack(secret, sent).check(null, body, signature));
        assertEquals(Verdict.INVALID, slack(null, sent).check("1531420618", body, signature));
    }

    private static SlackSignature slack(String secret, Instant now) {
        return new SlackSignature(secret, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }
}
