package dev.switchboard.router.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.MessageFlag;

class RoutingRulesTest {

    private static final List<RuleSetDefinition.Stage> ONE_STAGE =
            List.of(new RuleSetDefinition.Stage("PT0S", 3, 0, null, null));

    private final RoutingRules rules = RoutingRules.compile(7, new RuleSetDefinition(
            Map.of("EMAIL", Map.of("general", 1)),
            List.of(
                    rule("billing (en)", null, List.of("en"), List.of("invoice", "charged twice"), null,
                            Map.of("billing", 2), null),
                    rule("billing (hi)", null, List.of("hi"), List.of("बिल", "paise"), null, Map.of("billing", 3),
                            null),
                    rule("fraud", null, null, null, "\\bfraud(ulent)?\\b", Map.of("billing", 4), 80),
                    new RuleSetDefinition.Rule("missed calls", List.of("phone"), null, List.of("missed_call"), null,
                            null, null, null, Map.of("callbacks", 1), 50),
                    new RuleSetDefinition.Rule("vip", null, List.of("WhatsApp"), null, List.of("Gold"), null, null,
                            null, null, 60)),
            Map.of("CHAT", List.of(new RuleSetDefinition.SlaTarget(0, "PT2M"),
                    new RuleSetDefinition.SlaTarget(50, "PT1M"))),
            List.of(new RuleSetDefinition.Stage("PT0S", 4, 0, null, null),
                    new RuleSetDefinition.Stage("PT30S", 3, 1, null, null),
                    new RuleSetDefinition.Stage("PT2M", 0, 4, List.of("billing"), null))));

    @Test
    void keywordsInTheDecidedLanguageGiveTheirSkill() {
        Classification classified = rules.classify(facts(Channel.CHAT, "en", "Why was I CHARGED TWICE?"));

        assertEquals(Map.of("billing", 2), classified.skills());
        assertEquals(List.of("billing (en)"), classified.matchedRules());
        assertEquals(0, classified.priority());
        assertEquals(Duration.ofMinutes(2), classified.firstResponse());
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertEquals(List.of(), rules.classify(facts(Channel.CHAT, "en", "the invoices app")).matchedRules());
    }

    @Test
    void keywordsOfAnotherLanguageDoNotApply() {
        assertEquals(List.of(), rules.classify(facts(Channel.CHAT, "es", "invoice")).matchedRules());
    }

    @Test
    void devanagariAndRomanizedHindiKeywordsMatch() {
        assertEquals(Map.of("billing", 3), rules.classify(facts(Channel.CHAT, "hi", "मेरा बिल गलत है")).skills());
        assertEquals(Map.of("billing", 3), rules.classify(facts(Channel.CHAT, "hi-Latn", "mere paise wapas karo"))
                .skills());
    }

    @Test
    void highestLevelAndHighestPriorityOfAllMatchesWin() {
        Classification classified = rules.classify(facts(Channel.CHAT, "en", "Fraudulent invoice!"));

        assertEquals(Map.of("billing", 4), classified.skills());
        assertEquals(80, classified.priority());
        assertEquals(Duration.ofMinutes(1), classified.firstResponse());
    }

    @Test
    void flagsProvidersAndTiersAreConditionsToo() {
        MessageFacts missed = new MessageFacts(Channel.PHONE, "asterisk", Set.of(MessageFlag.MISSED_CALL), null,
                "en", null, null);
        assertEquals(Map.of("callbacks", 1), rules.classify(missed).skills());
        assertEquals(50, rules.classify(missed).priority());

        MessageFacts gold = new MessageFacts(Channel.SOCIAL, "whatsapp", Set.of(), "gold", "en", null, "hola");
        assertEquals(60, rules.classify(gold).priority());
        MessageFacts goldOnTelegram = new MessageFacts(Channel.SOCIAL, "telegram", Set.of(), "gold", "en", null, "");
        assertEquals(0, rules.classify(goldOnTelegram).priority());
    }

    @Test
    void channelDefaultSkillsApplyWhenNoRuleGivesOne() {
        Classification classified = rules.classify(facts(Channel.EMAIL, "en", "Hello there"));

        assertEquals(Map.of("general", 1), classified.skills());
        assertNull(classified.firstResponse(), "no SLA is set for email");
    }

    @Test
    void stageFollowsTheWait() {
        assertEquals(0, rules.stageAfter(Duration.ofSeconds(29)));
        assertEquals(1, rules.stageAfter(Duration.ofSeconds(30)));
        assertEquals(2, rules.stageAfter(Duration.ofHours(1)));
        assertEquals(Set.of("billing"), rules.stages().get(2).dropSkills());
        assertEquals(7, rules.version());
    }

    @Test
    void canonicalDefinitionCompilesToTheSameRules() {
        RoutingRules again = RoutingRules.compile(8, rules.definition());

        assertEquals(rules.definition(), again.definition());
        assertEquals(List.of("MISSED_CALL"), again.definition().rules().get(3).flags());
        assertEquals(List.of("whatsapp"), again.definition().rules().get(4).providers());
    }

    @Test
    void rejectsPatternThatDoesNotCompile() {
        assertEquals("rules[0].pattern", invalid(List.of(rule("broken", null, null, null, "(unclosed", Map.of(
                "billing", 1), null)), ONE_STAGE));
    }

    @Test
    void rejectsSkillLevelOutsideOneToFive() {
        assertEquals("rules[0].skills.billing", invalid(List.of(rule("too high", null, null, List.of("x"), null,
                Map.of("billing", 6), null)), ONE_STAGE));
    }

    @Test
    void rejectsRuleWithoutEffect() {
        assertEquals("rules[0]", invalid(List.of(rule("idle", null, null, List.of("x"), null, null, null)),
                ONE_STAGE));
    }

    @Test
    void rejectsStagesWhoseWaitsDoNotIncrease() {
        assertEquals("stages[2].after", invalid(List.of(), List.of(
                new RuleSetDefinition.Stage("PT0S", 4, 0, null, null),
                new RuleSetDefinition.Stage("PT1M", 3, 0, null, null),
                new RuleSetDefinition.Stage("PT1M", 2, 0, null, null))));
        assertEquals("stages[0].after", invalid(List.of(), List.of(
                new RuleSetDefinition.Stage("PT10S", 4, 0, null, null))));
    }

    @Test
    void rejectsUnknownChannelAndMalformedDuration() {
        InvalidDefinition channel = assertThrows(InvalidDefinition.class, () -> RoutingRules.compile(1,
                new RuleSetDefinition(null, null, Map.of("FAX", List.of()), ONE_STAGE)));
        assertEquals("sla.FAX", channel.field());

        InvalidDefinition duration = assertThrows(InvalidDefinition.class, () -> RoutingRules.compile(1,
                new RuleSetDefinition(null, null, Map.of("CHAT", List.of(new RuleSetDefinition.SlaTarget(0,
                        "2 minutes"))), ONE_STAGE)));
        assertEquals("sla.CHAT[0].firstResponse", duration.field());
        assertTrue(duration.getMessage().contains("ISO-8601"));
    }

    private static String invalid(List<RuleSetDefinition.Rule> ruleList, List<RuleSetDefinition.Stage> stages) {
        return assertThrows(InvalidDefinition.class,
                () -> RoutingRules.compile(1, new RuleSetDefinition(null, ruleList, null, stages))).field();
    }

    private static RuleSetDefinition.Rule rule(String name, List<String> channels, List<String> languages,
            List<String> keywords, String pattern, Map<String, Integer> skills, Integer priority) {
        return new RuleSetDefinition.Rule(name, channels, null, null, null, languages, keywords, pattern, skills,
                priority);
    }

    private static MessageFacts facts(Channel channel, String language, String text) {
        return new MessageFacts(channel, "webchat", Set.of(), null, language, null, text);
    }
}
