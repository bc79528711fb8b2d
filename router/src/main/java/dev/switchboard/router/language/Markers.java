package dev.switchboard.router.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells apart languages sharing a script by words and endings only one of them uses. Each language starts from a
 * small base (the likelier language a little higher) so a message without any marker stays a near tie that the
 * channel priors settle.
 *
 * @param base     starting score per language
 * @param words    whole words that mark a language
 * @param suffixes word endings that mark a language (only on words longer than the ending)
 * @param letters  letters only one of the languages writes, counted once per word
 * @param strong   words (also in {@code words}) that count double
 */
record Markers(Map<String, Double> base, Map<String, Set<String>> words, Map<String, List<String>> suffixes,
               Map<String, String> letters, Map<String, Set<String>> strong) {

    /** Scores for the candidate languages, normalised to sum 1; empty when no candidate is among the base. */
    Map<String, Double> score(List<String> tokens, Set<String> served) {
        Map<String, Double> scores = new HashMap<>();
        base.forEach((language, value) -> {
            if (served.contains(language)) {
                scores.put(language, value);
            }
        });
        if (scores.isEmpty()) {
            return scores;
        }
        for (String token : tokens) {
            for (String language : scores.keySet()) {
                if (words.getOrDefault(language, Set.of()).contains(token)) {
                    scores.merge(language, strong.getOrDefault(language, Set.of()).contains(token) ? 2.0 : 1.0,
                            Double::sum);
                } else if (endsWithMarker(token, suffixes.getOrDefault(language, List.of()))) {
                    scores.merge(language, 0.7, Double::sum);
                }
                if (containsAny(token, letters.getOrDefault(language, ""))) {
                    scores.merge(language, 1.0, Double::sum);
                }
            }
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        scores.replaceAll((language, value) -> value / total);
        return scores;
    }

    private static boolean containsAny(String token, String marks) {
        for (int i = 0; i < marks.length(); i++) {
            if (token.indexOf(marks.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithMarker(String token, List<String> endings) {
        for (String ending : endings) {
            if (token.length() > ending.length() && token.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
