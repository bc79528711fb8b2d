package dev.switchboard.router.language;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.switchboard.router.language.LanguageDecision.Source;

/**
 * Decides the language a conversation is routed in: an explicit hint, else the customer's known language, else
 * detection on the text restricted to the served languages and weighted by channel priors, else the default.
 * A hint or known language the organisation does not serve is skipped: no agent could use it, while the text
 * may still reach one. Build once per set of served languages and reuse; it is thread-safe.
 */
public final class LanguageDecider {

    static final double CUSTOMER_CONFIDENCE = 0.9;

    private final Set<String> served;
    private final String defaultTag;
    private final TextLanguageDetector detector;

    /**
     * Lingua in low-accuracy mode for Latin- and Cyrillic-script text: its trigram models for the five most common
     * Latin-script languages take about 25 MB of heap against about 160 MB for high accuracy's 1- to 5-gram ones,
     * which keeps the router within its 250 MB; it decides 98.3 % of the evaluation set against 99.5 %
     * (docs/benchmarks.md, "Language decision").
     *
     * @param servedTags BCP 47 tags of the languages the organisation's agents speak
     * @param defaultTag the language used when nothing else decides
     */
    public LanguageDecider(Set<String> servedTags, String defaultTag) {
        this(servedTags, defaultTag, LinguaScores.Mode.LOW);
    }

    /** @param latinMode Lingua's mode for Latin- and Cyrillic-script text: HIGH trades heap for accuracy */
    public LanguageDecider(Set<String> servedTags, String defaultTag, LinguaScores.Mode latinMode) {
        this(servedTags, defaultTag, null, latinMode);
    }

    LanguageDecider(Set<String> servedTags, String defaultTag, TextLanguageDetector detector) {
        this(servedTags, defaultTag, detector, LinguaScores.Mode.LOW);
    }

    private LanguageDecider(Set<String> servedTags, String defaultTag, TextLanguageDetector detector,
                            LinguaScores.Mode latinMode) {
        Set<String> primaries = new LinkedHashSet<>();
        servedTags.forEach(tag -> primaries.add(Tags.primary(tag)));
        primaries.remove(null);
        this.served = Set.copyOf(primaries);
        this.defaultTag = Tags.canonical(defaultTag);
        this.detector = detector != null ? detector : new ScriptAwareDetector(served, latinMode);
    }

    public LanguageDecision decide(String text, LanguageHints hints) {
        if (isServed(hints.explicit())) {
            return new LanguageDecision(Tags.canonical(hints.explicit()), 1.0, Source.HINT);
        }
        if (isServed(hints.customerLanguage())) {
            return new LanguageDecision(Tags.canonical(hints.customerLanguage()), CUSTOMER_CONFIDENCE, Source.CUSTOMER);
        }
        Map<String, Double> priors = ChannelPriors.of(hints);
        Map<String, Double> scores = text == null || text.isBlank() ? Map.of() : detector.scores(text);
        String best = null;
        double bestScore = 0;
        double total = 0;
        for (Map.Entry<String, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * priors.getOrDefault(entry.getKey(), 1.0);
            total += score;
            if (score > bestScore || score == bestScore && best != null && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best != null) {
            return new LanguageDecision(best, bestScore / total, Source.DETECTED);
        }
        return new LanguageDecision(favouredServed(priors), 0, Source.DEFAULT);
    }

    private String favouredServed(Map<String, Double> priors) {
        String favoured = defaultTag;
        double strongest = priors.getOrDefault(Tags.primary(defaultTag), 1.0);
        for (Map.Entry<String, Double> prior : new TreeMap<>(priors).entrySet()) {
            if (served.contains(prior.getKey()) && prior.getValue() > strongest) {
                favoured = prior.getKey();
                strongest = prior.getValue();
            }
        }
        return favoured;
    }

    private boolean isServed(String tag) {
        return tag != null && served.contains(Tags.primary(tag));
    }
}
