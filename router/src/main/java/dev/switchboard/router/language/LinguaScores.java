package dev.switchboard.router.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Lingua's n-gram models for the served languages written in Latin or Cyrillic script, built once and reused:
 * the scripts that are shared by too many languages for rules. Languages decided by script never load a model,
 * which keeps the heap small.
 */
public final class LinguaScores {

    /** HIGH uses 1- to 5-gram models (better on short text, more heap); LOW uses trigrams only. */
    public enum Mode { HIGH, LOW }

    private final LanguageDetector detector;
    /** The one statistical language served, when there is no choice to make. */
    private final String onlyLanguage;

    LinguaScores(Set<String> served, Mode mode) {
        this(served, mode, latinAndCyrillic());
    }

    /** Lingua alone, high accuracy, over every served language it knows: the baseline benchmarks compare with. */
    static LinguaScores allScripts(Set<String> served) {
        return new LinguaScores(served, Mode.HIGH, Language.Companion.all());
    }

    private static List<Language> latinAndCyrillic() {
        List<Language> statistical = new ArrayList<>(Language.Companion.allWithLatinScript());
        statistical.addAll(Language.Companion.allWithCyrillicScript());
        return statistical;
    }

    private LinguaScores(Set<String> served, Mode mode, List<Language> candidates) {
        Set<Language> wanted = EnumSet.noneOf(Language.class);
        for (Language language : candidates) {
            if (served.contains(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT))) {
                wanted.add(language);
            }
        }
        if (wanted.size() < 2) {
            detector = null;
            onlyLanguage = wanted.isEmpty() ? null : code(wanted.iterator().next());
            return;
        }
        onlyLanguage = null;
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(wanted.toArray(new Language[0]))
                .withPreloadedLanguageModels();
        detector = (mode == Mode.LOW ? builder.withLowAccuracyMode() : builder).build();
    }

    Map<String, Double> scores(String text) {
        if (detector == null) {
            return onlyLanguage == null ? Map.of() : Map.of(onlyLanguage, 0.9);
        }
        Map<String, Double> scores = new HashMap<>();
        detector.computeLanguageConfidenceValues(text).forEach((language, value) -> {
            if (value > 0) {
                scores.put(code(language), value);
            }
        });
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 0) {
            scores.replaceAll((language, value) -> value / total);
        }
        return scores;
    }

    private static String code(Language language) {
        IsoCode639_1 iso = language.getIsoCode639_1();
        return iso.name().toLowerCase(Locale.ROOT);
    }
}
