package dev.switchboard.router.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The labeled messages in language/eval.tsv, and per-language accuracy over them. */
record EvalSet(List<EvalSet.Sample> samples) {

    /** Every language the evaluation set contains: the organisation the tests route for serves all of them. */
    static final Set<String> SERVED = Set.of("hi", "mr", "ne", "gu", "bn", "ta", "ur", "en", "es", "fr", "de", "pt",
            "ja", "ar");

    /** @param group the expected tag, with "-latin" for romanized text, so the table shows it apart */
    record Sample(String tag, String text, String group) {
    }

    record Score(int right, int total) {
        double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    static EvalSet load() {
        return load("/language/eval.tsv");
    }

    static EvalSet load(String resource) {
        try (InputStream in = EvalSet.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Sample> samples = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String group = fields.length > 2 ? fields[0] + "-" + fields[2] : fields[0];
                samples.add(new Sample(fields[0], fields[1], group));
            }
            return new EvalSet(List.copyOf(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accuracy per group, and overall under the key "ALL". */
    Map<String, Score> accuracy(LanguageDecider decider) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Sample sample : samples) {
            boolean right = decider.decide(sample.text(), LanguageHints.none()).tag().equals(sample.tag());
            for (String key : List.of(sample.group(), "ALL")) {
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0] += right ? 1 : 0;
                count[1]++;
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        counts.forEach((key, count) -> scores.put(key, new Score(count[0], count[1])));
        return scores;
    }

    static String table(Map<String, Score> scores) {
        StringBuilder table = new StringBuilder(String.format("%-10s %8s %6s%n", "language", "accuracy", "n"));
        scores.forEach((key, score) -> table.append(
                String.format("%-10s %7.1f%% %6d%n", key, 100 * score.accuracy(), score.total())));
        return table.toString();
    }

    /** The misclassified samples, for tuning: "expected → got: text". */
    List<String> errors(LanguageDecider decider) {
        List<String> errors = new ArrayList<>();
        for (Sample sample : samples) {
            String got = decider.decide(sample.text(), LanguageHints.none()).tag();
            if (!got.equals(sample.tag())) {
                errors.add(sample.group() + " → " + got + ": " + sample.text());
            }
        }
        return errors;
    }
}
