package dev.switchboard.router.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Urdu, Arabic and Persian share the Arabic script but not all letters: Urdu alone has ٹ ڈ ڑ ں ے ہ ھ, Urdu and
 * Persian write ک and ی where Arabic writes ك and ي, and Arabic alone has ة and ى. Letters decide most messages;
 * a few grammar words (ہے / في / است) settle the rest.
 */
final class ArabicScriptMarkers {

    private static final String URDU_ONLY = "ٹڈڑںےۓہھۃ";
    private static final String URDU_OR_PERSIAN = "کیگپچژ";
    private static final String ARABIC_ONLY = "ةىيكإأؤئ";

    private static final Map<String, Set<String>> WORDS = Map.of(
            "ur", Set.of("ہے", "ہیں", "نہیں", "میرا", "میری", "میرے", "مجھے", "آپ", "کا", "کی", "کے", "کو", "میں",
                    "سے", "اور", "کب", "کیوں", "ابھی", "تک", "واپس"),
            "ar", Set.of("في", "من", "على", "إلى", "الى", "لم", "لا", "هل", "متى", "أين", "طلبي", "شكرا"),
            "fa", Set.of("است", "را", "این", "برای", "من", "نشده", "چرا", "کی", "سفارش"));

    private ArabicScriptMarkers() {
    }

    static Map<String, Double> score(String text, List<String> tokens, Set<String> served) {
        Map<String, Double> scores = new HashMap<>();
        for (String language : List.of("ur", "ar", "fa")) {
            if (served.contains(language)) {
                scores.put(language, language.equals("ar") ? 0.6 : 0.5);
            }
        }
        if (scores.isEmpty()) {
            return scores;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (URDU_ONLY.indexOf(c) >= 0) {
                add(scores, "ur", 1.0);
            } else if (URDU_OR_PERSIAN.indexOf(c) >= 0) {
                add(scores, "ur", 0.5);
                add(scores, "fa", 0.5);
            } else if (ARABIC_ONLY.indexOf(c) >= 0) {
                add(scores, "ar", 1.0);
            }
        }
        for (String token : tokens) {
            WORDS.forEach((language, words) -> {
                if (words.contains(token)) {
                    add(scores, language, 1.0);
                }
            });
            if (token.startsWith("ال") && token.length() > 3) {
                add(scores, "ar", 0.5);
            }
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        scores.replaceAll((language, value) -> value / total);
        return scores;
    }

    private static void add(Map<String, Double> scores, String language, double amount) {
        scores.computeIfPresent(language, (key, value) -> value + amount);
    }
}
