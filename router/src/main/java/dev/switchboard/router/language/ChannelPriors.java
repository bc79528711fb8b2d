package dev.switchboard.router.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns channel hints into multipliers on detection scores. A phone country code favours the languages spoken
 * there (+91 favours Hindi, Gujarati, Marathi...), weakly, because it only breaks ties between look-alike
 * languages; a Content-Language header or a browser locale says more about the person, so weighs more.
 */
final class ChannelPriors {

    /** The country's main language; the others listed for a calling code get the secondary boost. */
    static final double PHONE_BOOST = 0.6;
    static final double PHONE_SECONDARY_BOOST = 0.2;
    static final double CONTENT_LANGUAGE_BOOST = 1.0;
    static final double BROWSER_LOCALE_BOOST = 0.7;

    /** Calling code → languages commonly used there, the main one first; the longest matching code wins. */
    private static final Map<String, List<String>> BY_CALLING_CODE = Map.ofEntries(
            Map.entry("91", List.of("hi", "gu", "mr", "bn", "ta", "te", "kn", "ml", "pa", "ur", "en")),
            Map.entry("977", List.of("ne", "hi", "en")),
            Map.entry("92", List.of("ur", "pa", "en")),
            Map.entry("880", List.of("bn", "en")),
            Map.entry("94", List.of("si", "ta", "en")),
            Map.entry("1", List.of("en", "es", "fr")),
            Map.entry("44", List.of("en")),
            Map.entry("61", List.of("en")),
            Map.entry("34", List.of("es")),
            Map.entry("52", List.of("es")),
            Map.entry("54", List.of("es")),
            Map.entry("57", List.of("es")),
            Map.entry("33", List.of("fr")),
            Map.entry("32", List.of("fr", "nl", "de")),
            Map.entry("41", List.of("de", "fr", "it")),
            Map.entry("49", List.of("de")),
            Map.entry("43", List.of("de")),
            Map.entry("351", List.of("pt")),
            Map.entry("55", List.of("pt")),
            Map.entry("81", List.of("ja")),
            Map.entry("82", List.of("ko")),
            Map.entry("86", List.of("zh")),
            Map.entry("7", List.of("ru")),
            Map.entry("380", List.of("uk", "ru")),
            Map.entry("98", List.of("fa")),
            Map.entry("20", List.of("ar")),
            Map.entry("212", List.of("ar", "fr")),
            Map.entry("966", List.of("ar")),
            Map.entry("971", List.of("ar", "en", "hi", "ur")),
            Map.entry("974", List.of("ar", "en")));

    private ChannelPriors() {
    }

    /** Multiplier per primary subtag; a language absent from the map has multiplier 1. */
    static Map<String, Double> of(LanguageHints hints) {
        Map<String, Double> priors = new HashMap<>();
        List<String> phone = phoneLanguages(hints.phoneNumber());
        for (int i = 0; i < phone.size(); i++) {
            boost(priors, phone.get(i), i == 0 ? PHONE_BOOST : PHONE_SECONDARY_BOOST);
        }
        if (hints.contentLanguage() != null) {
            for (String part : hints.contentLanguage().split(",")) {
                String tag = part.split(";")[0].trim();
                if (!tag.isEmpty() && !tag.equals("*")) {
                    boost(priors, Tags.primary(tag), CONTENT_LANGUAGE_BOOST);
                }
            }
        }
        if (hints.browserLocale() != null && !hints.browserLocale().isBlank()) {
            boost(priors, Tags.primary(hints.browserLocale()), BROWSER_LOCALE_BOOST);
        }
        return priors;
    }

    static List<String> phoneLanguages(String phoneNumber) {
        if (phoneNumber == null || !phoneNumber.startsWith("+")) {
            return List.of();
        }
        String digits = phoneNumber.substring(1).replaceAll("[^0-9]", "");
        for (int length = Math.min(3, digits.length()); length > 0; length--) {
            List<String> languages = BY_CALLING_CODE.get(digits.substring(0, length));
            if (languages != null) {
                return languages;
            }
        }
        return List.of();
    }

    private static void boost(Map<String, Double> priors, String language, double boost) {
        priors.merge(language, 1 + boost, (a, b) -> a * b);
    }
}
