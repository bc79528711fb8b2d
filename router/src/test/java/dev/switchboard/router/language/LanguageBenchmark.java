package dev.switchboard.router.language;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Accuracy per language, heap after warm-up and µs per message of the language decider over the evaluation set.
 * Not a test; run it alone, in its own JVM, so the heap number is the decider's:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -pl router -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=$PWD/router/target/test-classpath.txt
 * java -cp router/target/test-classes:router/target/classes:$(cat router/target/test-classpath.txt) \
 *     dev.switchboard.router.language.LanguageBenchmark [low|high|baseline]
 * </pre>
 *
 * "low" (the default, what the router runs) uses Lingua's low-accuracy mode for Latin-script text, "high" its
 * high-accuracy mode; "baseline" measures Lingua high-accuracy alone, restricted to the same served languages.
 */
public final class LanguageBenchmark {

    private static final int WARM_UP_PASSES = 20;
    private static final int MEASURED_PASSES = 5;

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "low";
        boolean baseline = mode.equals("baseline");
        EvalSet eval = EvalSet.load();
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        LanguageDecider decider = baseline
                ? new LanguageDecider(EvalSet.SERVED, "en", linguaOnly(EvalSet.SERVED))
                : new LanguageDecider(EvalSet.SERVED, "en",
                        mode.equals("high") ? LinguaScores.Mode.HIGH : LinguaScores.Mode.LOW);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;

        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            decideAll(eval, decider);
        }
        long[] nanos = new long[eval.samples().size() * MEASURED_PASSES];
        int i = 0;
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            for (EvalSet.Sample sample : eval.samples()) {
                long t0 = System.nanoTime();
                decider.decide(sample.text(), LanguageHints.none());
                nanos[i++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        long heapAfter = usedHeapAfterGc();

        System.out.println(baseline ? "Lingua high accuracy alone, restricted to the served languages"
                : "LanguageDecider, Lingua " + mode + " accuracy for Latin script");
        System.out.print(EvalSet.table(eval.accuracy(decider)));
        EvalSet holdout = EvalSet.load("/language/holdout.tsv");
        System.out.println("held out (holdout.tsv):");
        System.out.print(EvalSet.table(holdout.accuracy(decider)));
        holdout.errors(decider).forEach(System.out::println);
        System.out.printf(Locale.ROOT, "build %d ms; heap used after warm-up and GC %.1f MB (%.1f MB before)%n",
                buildMillis, heapAfter / 1e6, heapBefore / 1e6);
        System.out.printf(Locale.ROOT, "µs per message: median %.1f, mean %.1f, p90 %.1f, p99 %.1f (%d decisions)%n",
                percentile(nanos, 50), Arrays.stream(nanos).average().orElse(0) / 1e3, percentile(nanos, 90),
                percentile(nanos, 99), nanos.length);
        // Keeps the decider reachable until after the heap measurement.
        System.out.println(decider.decide("ok", LanguageHints.none()).tag().isEmpty() ? "" : "done");
    }

    /** @param sorted nanoseconds, ascending */
    private static double percentile(long[] sorted, int percent) {
        return sorted[sorted.length * percent / 100] / 1e3;
    }

    private static void decideAll(EvalSet eval, LanguageDecider decider) {
        for (EvalSet.Sample sample : eval.samples()) {
            decider.decide(sample.text(), LanguageHints.none());
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The measured baseline: Lingua alone over every served language it knows. */
    private static TextLanguageDetector linguaOnly(Set<String> served) {
        Function<String, Map<String, Double>> lingua = LinguaScores.allScripts(served)::scores;
        return lingua::apply;
    }
}
