package dev.switchboard.router.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The automatic acknowledgement's words, in the conversation's language for the languages below, else in English.
 * Times are written in the customer's time zone, named after the time.
 */
final class AcknowledgementTexts {

    /** The language the texts fall back to. */
    static final String FALLBACK = "en";

    private record Texts(String soon, String minutes, String nextShift, String noEstimate) {
    }

    private static final Map<String, Texts> BY_LANGUAGE = Map.of(
            "en", new Texts("Thanks for your message. An agent will be with you shortly.",
                    "Thanks for your message. An agent will reply in about %d minutes.",
                    "Thanks for your message. Nobody who speaks your language is working right now; "
                            + "the next agent starts on %s.",
                    "Thanks for your message. We will reply as soon as we can."),
            "es", new Texts("Gracias por tu mensaje. Un agente te atenderá enseguida.",
                    "Gracias por tu mensaje. Un agente te responderá en unos %d minutos.",
                    "Gracias por tu mensaje. Ahora no hay nadie que hable tu idioma; el próximo agente empieza: %s.",
                    "Gracias por tu mensaje. Te responderemos lo antes posible."),
            "fr", new Texts("Merci pour votre message. Un conseiller va vous répondre dans un instant.",
                    "Merci pour votre message. Un conseiller vous répondra dans environ %d minutes.",
                    "Merci pour votre message. Personne ne parle votre langue en ce moment ; "
                            + "le prochain conseiller commence : %s.",
                    "Merci pour votre message. Nous vous répondrons dès que possible."),
            "de", new Texts("Danke für Ihre Nachricht. Gleich ist jemand für Sie da.",
                    "Danke für Ihre Nachricht. Wir antworten Ihnen in etwa %d Minuten.",
                    "Danke für Ihre Nachricht. Gerade arbeitet niemand, der Ihre Sprache spricht; "
                            + "die nächste Schicht beginnt: %s.",
                    "Danke für Ihre Nachricht. Wir antworten so bald wie möglich."),
            "pt", new Texts("Obrigado pela sua mensagem. Um atendente falará com você em instantes.",
                    "Obrigado pela sua mensagem. Um atendente responderá em cerca de %d minutos.",
                    "Obrigado pela sua mensagem. Agora ninguém que fale o seu idioma está trabalhando; "
                            + "o próximo atendente começa: %s.",
                    "Obrigado pela sua mensagem. Responderemos assim que possível."),
            "it", new Texts("Grazie per il tuo messaggio. Un operatore ti risponderà a breve.",
                    "Grazie per il tuo messaggio. Un operatore ti risponderà tra circa %d minuti.",
                    "Grazie per il tuo messaggio. Al momento nessuno parla la tua lingua; "
                            + "il prossimo operatore inizia: %s.",
                    "Grazie per il tuo messaggio. Ti risponderemo al più presto."));

    private final String language;
    private final Texts texts;

    private AcknowledgementTexts(String language) {
        this.language = language;
        this.texts = BY_LANGUAGE.get(language);
    }

    /** The texts for a BCP 47 tag, by its primary language; English when there are none for it. */
    static AcknowledgementTexts in(String tag) {
        String primary = tag == null ? FALLBACK : tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return new AcknowledgementTexts(BY_LANGUAGE.containsKey(primary) ? primary : FALLBACK);
    }

    /** The language the texts are in. */
    String language() {
        return language;
    }

    String expectedWait(Duration wait) {
        return wait.isZero() ? texts.soon() : texts.minutes().formatted(wait.toMinutes());
    }

    String nextShift(Instant start, ZoneId customerZone) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(customerZone).format(start);
        return texts.nextShift().formatted(when + " (" + customerZone.getId() + ")");
    }

    String noEstimate() {
        return texts.noEstimate();
    }
}
