package dev.switchboard.router.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LanguageAccuracyTest {

    @Test
    void decidesTheEvaluationSetAtLeast97PercentOverallAnd90PercentPerLanguage() {
        EvalSet eval = EvalSet.load();
        LanguageDecider decider = new LanguageDecider(EvalSet.SERVED, "en");

        Map<String, EvalSet.Score> scores = eval.accuracy(decider);
        System.out.print(EvalSet.table(scores));
        eval.errors(decider).forEach(System.out::println);

        assertTrue(scores.get("ALL").accuracy() >= 0.97, () -> "overall " + scores.get("ALL"));
        scores.forEach((language, score) -> assertTrue(score.total() >= 50 && score.accuracy() >= 0.90,
                () -> language + " " + score));
    }
}
