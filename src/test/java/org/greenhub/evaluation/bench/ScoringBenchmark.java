package org.greenhub.evaluation.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.Score;
import org.greenhub.evaluation.domain.scoring.ScoringEngine;
import org.greenhub.evaluation.domain.scoring.ScoringInput;
import org.greenhub.evaluation.domain.scoring.ScoringResult;

/**
 * In-memory timing of the scoring engine on a round of 10,000 entries x 5 judges x 6 criteria (300,000 scores),
 * for each method: validation, totals, ranking, judge statistics, outliers and Kendall's W. A benchmark, not a
 * test: run its main method, e.g. from the IDE, and read the figures. Fixed seed, so runs compare.
 */
public final class ScoringBenchmark {

    private static final int ENTRIES = 10_000;
    private static final int JUDGES_PER_ENTRY = 5;
    private static final int PANEL = 40;
    private static final int WARM_UP_RUNS = 10;
    private static final int MEASURED_RUNS = 10;

    private ScoringBenchmark() {}

    public static void main(String[] args) {
        ScoringInput input = round(new Random(20240601L));
        ScoringEngine engine = new ScoringEngine();
        System.out.printf(
                Locale.ROOT,
                "Round: %,d entries x %d judges x %d criteria = %,d scores; Java %s, %d processors%n",
                ENTRIES,
                JUDGES_PER_ENTRY,
                input.criteria().size(),
                input.scores().size(),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        // Warm every code path before timing any method, so the first one measured is not paying for the JIT.
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (AggregationMethod type : AggregationMethod.values()) {
                engine.rank(input, Method.of(type));
            }
        }
        for (AggregationMethod type : AggregationMethod.values()) {
            Method method = Method.of(type);
            double[] ms = new double[MEASURED_RUNS];
            ScoringResult result = null;
            for (int i = 0; i < MEASURED_RUNS; i++) {
                long start = System.nanoTime();
                result = engine.rank(input, method);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            // The median, not the mean: these machines are shared and one GC pause or busy neighbour skews a mean.
            Arrays.sort(ms);
            System.out.printf(
                    Locale.ROOT,
                    "%-13s median %6.1f ms, best %6.1f ms, worst %6.1f ms  (winner %s at %.4f, %d outliers)%n",
                    type,
                    ms[MEASURED_RUNS / 2],
                    ms[0],
                    ms[MEASURED_RUNS - 1],
                    result.results().get(0).entry(),
                    result.results().get(0).score(),
                    result.outliers().size());
        }
        long start = System.nanoTime();
        engine.rankUnderEveryMethod(input, Method.of(AggregationMethod.MEAN));
        System.out.printf(
                Locale.ROOT,
                "All four methods at once (sensitivity report): %.1f ms%n",
                (System.nanoTime() - start) / 1e6);
    }

    /** Each entry gets 5 different judges from a panel of 40; values on each criterion's own scale. */
    private static ScoringInput round(Random random) {
        List<Criterion> criteria = List.of(
                new Criterion("tech", 30, 0, 10),
                new Criterion("market", 20, 0, 10),
                new Criterion("team", 15, 1, 5),
                new Criterion("green", 25, 0, 100),
                new Criterion("finance", 10, 0, 20),
                new Criterion("pitch", 10, 0, 10));
        List<Score> scores = new ArrayList<>(ENTRIES * JUDGES_PER_ENTRY * criteria.size());
        for (int e = 0; e < ENTRIES; e++) {
            String entry = "E" + e;
            int firstJudge = random.nextInt(PANEL);
            for (int k = 0; k < JUDGES_PER_ENTRY; k++) {
                String judge = "J" + (firstJudge + k) % PANEL;
                for (Criterion criterion : criteria) {
                    // Whole steps on small scales, like a real form.
                    double value = criterion.min() + random.nextInt((int) (criterion.max() - criterion.min()) + 1);
                    scores.add(new Score(entry, judge, criterion.code(), value));
                }
            }
        }
        return new ScoringInput(criteria, List.of("green", "tech"), scores);
    }
}
