package dev.switchboard.router.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Script first, statistics last. Most languages of the Indian subcontinent, East Asia and the Middle East are
 * decided by their script alone; the two scripts several served languages share get grammar-word markers
 * (Devanagari: Hindi/Marathi/Nepali; Arabic: Urdu/Arabic/Persian); Latin text is checked for romanized Hindi and
 * otherwise, like Cyrillic, left to Lingua restricted to the served languages of that script.
 */
public final class ScriptAwareDetector implements TextLanguageDetector {

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.ORIYA, "or"),
            Map.entry(UnicodeScript.SINHALA, "si"),
            Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.HANGUL, "ko"),
            Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.HIRAGANA, "ja")));

    private static final double SCRIPT_CONFIDENCE = 0.99;

    private final Set<String> served;
    private final LinguaScores lingua;

    /** @param served primary subtags of the languages the organisation serves */
    public ScriptAwareDetector(Set<String> served, LinguaScores.Mode mode) {
        this.served = Set.copyOf(served);
        this.lingua = new LinguaScores(this.served, mode);
    }

    @Override
    public Map<String, Double> scores(String text) {
        UnicodeScript script = Scripts.dominant(text);
        if (script == null) {
            return Map.of();
        }
        List<String> words = Tokens.words(text);
        switch (script) {
            case DEVANAGARI:
                return DevanagariMarkers.MARKERS.score(words, served);
            case ARABIC:
                return ArabicScriptMarkers.score(text, words, served);
            case HAN:
                return only(served.contains("zh") || !served.contains("ja") ? "zh" : "ja");
            case LATIN:
                return latin(text, words);
            case CYRILLIC:
                return lingua.scores(text);
            default:
                String language = SCRIPT_LANGUAGE.get(script);
                return language == null ? Map.of() : only(language);
        }
    }

    private Map<String, Double> latin(String text, List<String> words) {
        double hindi = served.contains("hi") ? RomanizedHindi.probability(words) : 0;
        if (hindi == 0) {
            return lingua.scores(text);
        }
        Map<String, Double> scores = new HashMap<>();
        scores.put("hi", hindi);
        if (served.contains("en")) {
            scores.put("en", 1 - hindi);
        }
        return scores;
    }

    private Map<String, Double> only(String language) {
        return served.contains(language) ? Map.of(language, SCRIPT_CONFIDENCE) : Map.of();
    }
}
