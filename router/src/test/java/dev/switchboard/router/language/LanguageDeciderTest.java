package dev.switchboard.router.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.router.language.LanguageDecision.Source;

class LanguageDeciderTest {

    /** Built once: loading the Latin-script models takes a few seconds. */
    private static final LanguageDecider DECIDER =
            new LanguageDecider(Set.of("en", "es", "hi", "mr", "ne", "gu"), "en");
    /** Serves no Latin-script language except English, so no statistical model loads. */
    private static final LanguageDecider HINDI_ORG = new LanguageDecider(Set.of("hi", "mr", "ne", "en-IN"), "en");

    private static final String SPANISH = "mi pedido todavía no ha llegado";

    @Test
    void explicitHintBeatsCustomerLanguageAndText() {
        LanguageDecision decision = DECIDER.decide(SPANISH, new LanguageHints("hi", "mr", null, null, null));

        assertEquals(new LanguageDecision("hi", 1.0, Source.HINT), decision);
    }

    @Test
    void customersKnownLanguageBeatsText() {
        LanguageDecision decision = DECIDER.decide(SPANISH, new LanguageHints(null, "es-MX", null, null, null));

        assertEquals(new LanguageDecision("es-MX", LanguageDecider.CUSTOMER_CONFIDENCE, Source.CUSTOMER), decision);
    }

    @Test
    void detectsTheTextWhenNoHintOrCustomerLanguageIsKnown() {
        LanguageDecision decision = DECIDER.decide(SPANISH, LanguageHints.none());

        assertEquals("es", decision.tag());
        assertEquals(Source.DETECTED, decision.source());
        assertTrue(decision.confidence() > 0.5, () -> "confidence " + decision.confidence());
    }

    @Test
    void skipsHintAndCustomerLanguageTheOrganisationDoesNotServe() {
        LanguageDecision decision = DECIDER.decide(SPANISH, new LanguageHints("it", "fr", null, null, null));

        assertEquals("es", decision.tag());
        assertEquals(Source.DETECTED, decision.source());
    }

    @Test
    void detectionPicksOnlyServedLanguages() {
        LanguageDecider hindiAndEnglish = new LanguageDecider(Set.of("hi", "en"), "en");

        assertEquals("hi", hindiAndEnglish.decide("माझी ऑर्डर अजून आली नाही", LanguageHints.none()).tag());
        assertEquals(Source.DEFAULT,
                hindiAndEnglish.decide("મારો ઓર્ડર હજી સુધી આવ્યો નથી", LanguageHints.none()).source());
    }

    @Test
    void phoneCountryCodeBreaksTieBetweenLookAlikeLanguages() {
        String thanks = "धन्यवाद";

        assertEquals("hi", HINDI_ORG.decide(thanks, LanguageHints.none()).tag());
        assertEquals("ne", HINDI_ORG.decide(thanks, LanguageHints.phone("+9779812345678")).tag());
        assertEquals("hi", HINDI_ORG.decide(thanks, LanguageHints.phone("+919812345678")).tag());
    }

    @Test
    void phoneCountryCodeDoesNotOverruleClearGrammar() {
        LanguageDecision decision = HINDI_ORG.decide("माझी ऑर्डर अजून आली नाही", LanguageHints.phone("+9779812345678"));

        assertEquals("mr", decision.tag());
    }

    @Test
    void contentLanguageHeaderFavoursItsLanguage() {
        LanguageHints header = new LanguageHints(null, null, null, "ne-NP, en;q=0.5", null);

        assertEquals("ne", HINDI_ORG.decide("धन्यवाद", header).tag());
    }

    @Test
    void emptyTextFallsBackToDefaultOrToTheServedLanguageTheChannelFavours() {
        assertEquals(new LanguageDecision("en", 0, Source.DEFAULT), HINDI_ORG.decide("", LanguageHints.none()));
        assertEquals(new LanguageDecision("en", 0, Source.DEFAULT), HINDI_ORG.decide("  42 !!", LanguageHints.none()));
        assertEquals(new LanguageDecision("ne", 0, Source.DEFAULT),
                HINDI_ORG.decide(null, LanguageHints.phone("+9779812345678")));
    }

    @Test
    void romanizedHindiGoesToHindiSpeakers() {
        assertEquals("hi", HINDI_ORG.decide("mera order abhi tak nahi aaya", LanguageHints.none()).tag());
        assertEquals("hi", DECIDER.decide("bhai refund kab milega??", LanguageHints.none()).tag());
        assertEquals("en", DECIDER.decide("my order has not arrived yet", LanguageHints.none()).tag());
    }

    @Test
    void mixedScriptMessageGoesToTheNonLatinLanguage() {
        assertEquals("hi", DECIDER.decide("Flipkart order #4471 का refund नहीं आया", LanguageHints.none()).tag());
        assertEquals("gu", DECIDER.decide("Amazon order હજી આવ્યો નથી", LanguageHints.none()).tag());
    }
}
