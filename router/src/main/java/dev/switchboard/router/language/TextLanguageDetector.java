package dev.switchboard.router.language;

import java.util.Map;

/** Scores the languages a text may be in, restricted to the served languages. */
public interface TextLanguageDetector {

    /** Probability per served primary subtag, summing to 1; empty when the text says nothing usable. */
    Map<String, Double> scores(String text);
}
