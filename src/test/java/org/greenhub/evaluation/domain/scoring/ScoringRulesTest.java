package org.greenhub.evaluation.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The definitions one by one, on small rounds whose expected figures follow from the definitions by hand.
 * With one criterion of weight 1 on a 0-100 scale, a judge's total T is the value itself.
 */
class ScoringRulesTest {

    private static final Criterion POINTS = new Criterion("points", 1, 0, 100);

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void judgeTotalWeighsEachCriterionOnItsOwnScale() {
        List<Criterion> criteria = List.of(new Criterion("tech", 3, 0, 10), new Criterion("team", 1, 1, 5));
        List<Score> scores = List.of(new Score("E1", "J1", "tech", 5), new Score("E1", "J1", "team", 4));
        ScoringResult result =
                engine.rank(new ScoringInput(criteria, List.of(), scores), Method.of(AggregationMethod.MEAN));
        // 100 * (3 * 0.5 + 1 * 0.75) / 4
        assertEquals(56.25, result.results().get(0).score());
        assertEquals(5.0, result.results().get(0).criteria().get("tech"));
        assertEquals(4.0, result.results().get(0).criteria().get("team"));
    }

    @Test
    void medianTakesTheMiddleTotalOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(30.0, scoreOf(points("E1", 90, 10, 30), AggregationMethod.MEDIAN, 1));
        assertEquals(25.0, scoreOf(points("E1", 90, 10, 30, 20), AggregationMethod.MEDIAN, 1));
    }

    @Test
    void trimmedMeanDropsTheExtremesOnlyWithEnoughJudges() {
        // 5 judges >= 2 * 1 + 3: drop 10 and 90.
        assertEquals(
                (20 + 30 + 40) / 3.0, scoreOf(points("E1", 10, 20, 30, 40, 90), AggregationMethod.TRIMMED_MEAN, 1));
        // 4 judges < 5: the plain mean.
        assertEquals(
                (10 + 20 + 30 + 90) / 4.0, scoreOf(points("E1", 10, 20, 30, 90), AggregationMethod.TRIMMED_MEAN, 1));
        // trim 2 needs 7 judges; with 5 it is the plain mean.
        assertEquals(
                (10 + 20 + 30 + 40 + 90) / 5.0,
                scoreOf(points("E1", 10, 20, 30, 40, 90), AggregationMethod.TRIMMED_MEAN, 2));
        // trim 0 is the mean.
        assertEquals(
                (10 + 20 + 30 + 40 + 90) / 5.0,
                scoreOf(points("E1", 10, 20, 30, 40, 90), AggregationMethod.TRIMMED_MEAN, 0));
    }

    @Test
    void judgeWithoutSpreadIsFlaggedAndContributesAZeroZScore() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(points("E1", 50, 20)); // J1 gives 50, J2 gives 20
        scores.addAll(points("E2", 50, 80)); // J1 gives 50 again, J2 gives 80
        ScoringResult result = rank(scores, List.of(), Method.of(AggregationMethod.ZSCORE));

        JudgeStatistics flat = result.judges().get(0);
        assertEquals("J1", flat.judge());
        assertEquals(Set.of(JudgeFlag.NO_SPREAD), flat.flags());
        assertEquals(0.0, flat.sd());
        assertEquals(Set.of(), result.judges().get(1).flags());

        // Round: mu 50, sigma sqrt(450). J2: mu 50, sigma 30, so z = -1 for E1 and +1 for E2; J1's z is 0.
        double sigma = Math.sqrt(((0 + 0 + 900 + 900) / 4.0));
        assertEquals(reported(50 + sigma * (1 + 0) / 2), entry(result, "E2").score());
        assertEquals(reported(50 + sigma * (-1 + 0) / 2), entry(result, "E1").score());
    }

    @Test
    void aSingleTotalIsNotFlaggedAsNoSpread() {
        List<Score> scores = new ArrayList<>(points("E1", 50, 20));
        scores.add(new Score("E2", "J2", "points", 80));
        ScoringResult result = rank(scores, List.of(), Method.of(AggregationMethod.ZSCORE));
        assertEquals("J1", result.judges().get(0).judge());
        assertEquals(Set.of(), result.judges().get(0).flags(), "J1 scored one entry only");
    }

    @Test
    void totalsEqualOnPaperCountAsNoSpread() {
        List<Criterion> criteria = List.of(new Criterion("tech", 30, 0, 10), new Criterion("green", 25, 0, 100));
        // 30 * 0.2 + 25 * 0.08 and 30 * 0.1 + 25 * 0.2 are both 8 on paper.
        List<Score> scores = List.of(
                new Score("E1", "J1", "tech", 2), new Score("E1", "J1", "green", 8),
                new Score("E2", "J1", "tech", 1), new Score("E2", "J1", "green", 20));
        ScoringResult result =
                engine.rank(new ScoringInput(criteria, List.of(), scores), Method.of(AggregationMethod.ZSCORE));
        assertEquals(Set.of(JudgeFlag.NO_SPREAD), result.judges().get(0).flags());
        assertEquals(result.results().get(0).score(), result.results().get(1).score());
    }

    @Test
    void kendallWIsAbsentUnlessEveryJudgeScoredEveryEntry() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(points("E1", 80, 70));
        scores.addAll(points("E2", 60, 50));
        scores.add(new Score("E3", "J1", "points", 40)); // J2 did not score E3
        assertFalse(rank(scores, List.of(), Method.of(AggregationMethod.MEAN))
                .kendallW()
                .isPresent());

        scores.add(new Score("E3", "J2", "points", 30));
        assertTrue(rank(scores, List.of(), Method.of(AggregationMethod.MEAN))
                .kendallW()
                .isPresent());
    }

    @Test
    void kendallWIsOneForIdenticalOrdersAndZeroForOppositeOnes() {
        List<Score> agreeing = new ArrayList<>();
        agreeing.addAll(points("E1", 90, 70));
        agreeing.addAll(points("E2", 50, 40));
        agreeing.addAll(points("E3", 10, 20));
        assertEquals(
                1.0,
                rank(agreeing, List.of(), Method.of(AggregationMethod.MEAN))
                        .kendallW()
                        .getAsDouble());

        List<Score> opposite = new ArrayList<>();
        opposite.addAll(points("E1", 90, 10));
        opposite.addAll(points("E2", 10, 90));
        assertEquals(
                0.0,
                rank(opposite, List.of(), Method.of(AggregationMethod.MEAN))
                        .kendallW()
                        .getAsDouble());
    }

    @Test
    void kendallWCorrectsForTiedTotals() {
        // m = 2 judges, n = 3 entries. J1 ranks 1, 2.5, 2.5 (tie of 2); J2 ranks 1, 2, 3.
        List<Score> scores = new ArrayList<>();
        scores.addAll(points("E1", 10, 10));
        scores.addAll(points("E2", 50, 20));
        scores.addAll(points("E3", 50, 30));
        double[] rankSums = {2, 4.5, 5.5};
        double s = 0;
        for (double r : rankSums) {
            s += (r - 4) * (r - 4);
        }
        double w = 12 * s / (4 * (27 - 3) - 2 * (8 - 2));
        assertEquals(
                reported(w),
                rank(scores, List.of(), Method.of(AggregationMethod.MEAN))
                        .kendallW()
                        .getAsDouble());
    }

    @Test
    void tieBreakCriteriaDecideInOrderAndUnbrokenTiesShareTheRank() {
        List<Criterion> criteria = List.of(new Criterion("tech", 1, 0, 10), new Criterion("green", 1, 0, 10));
        List<Score> scores = new ArrayList<>();
        scores.addAll(sheet("A", 10, 10));
        scores.addAll(sheet("B", 4, 6)); // total 50, green 6
        scores.addAll(sheet("C", 6, 4)); // total 50, green 4
        scores.addAll(sheet("D", 5, 5)); // total 50, green 5
        scores.addAll(sheet("E", 0, 0));
        ScoringInput byGreen = new ScoringInput(criteria, List.of("green"), scores);
        ScoringResult result = engine.rank(byGreen, Method.of(AggregationMethod.MEAN));
        assertEquals(List.of("A", "B", "D", "C", "E"), entries(result));
        assertEquals(List.of(1, 2, 3, 4, 5), ranks(result));
        assertTrue(result.results().stream().noneMatch(RankedEntry::tied));

        // "tech" first reverses the order of B, D and C.
        ScoringResult byTech = engine.rank(
                new ScoringInput(criteria, List.of("tech", "green"), scores), Method.of(AggregationMethod.MEAN));
        assertEquals(List.of("A", "C", "D", "B", "E"), entries(byTech));

        // Without a chain they share rank 2 (listed by entry), and the next rank is 5.
        ScoringResult unbroken =
                engine.rank(new ScoringInput(criteria, List.of(), scores), Method.of(AggregationMethod.MEAN));
        assertEquals(List.of("A", "B", "C", "D", "E"), entries(unbroken));
        assertEquals(List.of(1, 2, 2, 2, 5), ranks(unbroken));
        assertEquals(
                List.of(false, true, true, true, false),
                unbroken.results().stream().map(RankedEntry::tied).toList());
    }

    @Test
    void scoresEqualAtSixDecimalsAreEqual() {
        List<Score> scores = new ArrayList<>();
        scores.add(new Score("A", "J1", "points", 50.0000001));
        scores.add(new Score("B", "J1", "points", 50.0000002));
        scores.add(new Score("C", "J1", "points", 50.000002));
        ScoringResult result = rank(scores, List.of(), Method.of(AggregationMethod.MEAN));
        assertEquals(List.of("C", "A", "B"), entries(result));
        assertEquals(List.of(1, 2, 2), ranks(result));
    }

    @Test
    void reportedFiguresAreRoundedHalfUpToFourDecimals() {
        assertEquals(10.0001, scoreOf(points("E1", 10.00005), AggregationMethod.MEAN, 1));
        assertEquals(10.0, scoreOf(points("E1", 10.00004), AggregationMethod.MEAN, 1));
        assertEquals(33.3333, scoreOf(points("E1", 0, 100, 0), AggregationMethod.MEAN, 1));
    }

    @Test
    void outliersAreTotalsFurtherThanTheGapFromTheEntryMedianWithThreeJudgesOrMore() {
        // Median 50: J1 at 80 is 30 away, J3 at 25 is exactly 25 away (not more).
        List<Score> threeJudges = points("E1", 80, 50, 25);
        ScoringResult result = rank(threeJudges, List.of(), Method.of(AggregationMethod.MEAN));
        assertEquals(List.of(new OutlierScore("E1", "J1")), result.outliers());

        ScoringResult narrowGap = rank(threeJudges, List.of(), new Method(AggregationMethod.MEAN, 1, 24.5));
        assertEquals(List.of(new OutlierScore("E1", "J1"), new OutlierScore("E1", "J3")), narrowGap.outliers());

        // Two judges far apart: no median to stand out from.
        assertEquals(
                List.of(),
                rank(points("E1", 0, 100), List.of(), Method.of(AggregationMethod.MEAN))
                        .outliers());
    }

    @Test
    void judgeStatisticsAreThePopulationMeanAndSdOfTheJudgesTotals() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(points("E1", 20));
        scores.addAll(points("E2", 40));
        scores.addAll(points("E3", 90));
        JudgeStatistics judge = rank(scores, List.of(), Method.of(AggregationMethod.MEAN))
                .judges()
                .get(0);
        assertEquals(50.0, judge.mean());
        assertEquals(reported(Math.sqrt((900 + 100 + 1600) / 3.0)), judge.sd());
    }

    private double scoreOf(List<Score> scores, AggregationMethod type, int trim) {
        return rank(scores, List.of(), new Method(type, trim, 25))
                .results()
                .get(0)
                .score();
    }

    private ScoringResult rank(List<Score> scores, List<String> tieBreak, Method method) {
        return engine.rank(new ScoringInput(List.of(POINTS), tieBreak, scores), method);
    }

    /** One score per judge J1, J2, ... on the single criterion, so each value is that judge's total. */
    private static List<Score> points(String entry, double... totals) {
        List<Score> scores = new ArrayList<>();
        for (int j = 0; j < totals.length; j++) {
            scores.add(new Score(entry, "J" + (j + 1), "points", totals[j]));
        }
        return scores;
    }

    private static List<Score> sheet(String entry, double tech, double green) {
        return List.of(new Score(entry, "J1", "tech", tech), new Score(entry, "J1", "green", green));
    }

    private static RankedEntry entry(ScoringResult result, String entry) {
        return result.results().stream()
                .filter(r -> r.entry().equals(entry))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> entries(ScoringResult result) {
        return result.results().stream().map(RankedEntry::entry).toList();
    }

    private static List<Integer> ranks(ScoringResult result) {
        return result.results().stream().map(RankedEntry::rank).toList();
    }

    private static double reported(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
