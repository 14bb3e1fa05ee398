package org.greenhub.evaluation.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal is a 422 naming the offending item, never a wrong ranking or a 500. */
class ScoringValidationTest {

    private static final Criterion TECH = new Criterion("tech", 30, 0, 10);
    private static final Criterion TEAM = new Criterion("team", 15, 1, 5);
    private static final List<Criterion> CRITERIA = List.of(TECH, TEAM);

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void refusesAScoreOnAnUnknownCriterion() {
        List<Score> scores = new ArrayList<>(sheet("E1", "J1", 5, 3));
        scores.add(new Score("E1", "J1", "price", 4));
        DomainException refusal = refused(() -> rank(scores));
        assertRefusal(refusal, "scores[2]", "evaluation.calculator.unknownCriterion", "E1", "J1", "price");
    }

    @Test
    void refusesAValueAboveTheScale() {
        List<Score> scores = sheet("E1", "J1", 10.5, 3);
        assertRefusal(
                refused(() -> rank(scores)),
                "scores[0]",
                "evaluation.calculator.valueOutOfRange",
                "E1",
                "J1",
                "tech",
                "10.5",
                "0",
                "10");
    }

    @Test
    void refusesAValueBelowTheScale() {
        List<Score> scores = sheet("E1", "J1", 5, 0);
        assertRefusal(
                refused(() -> rank(scores)),
                "scores[1]",
                "evaluation.calculator.valueOutOfRange",
                "E1",
                "J1",
                "team",
                "0",
                "1",
                "5");
    }

    @Test
    void acceptsTheEndsOfTheScale() {
        List<Score> scores = new ArrayList<>(sheet("E1", "J1", 0, 1));
        scores.addAll(sheet("E2", "J1", 10, 5));
        assertEquals(2, rank(scores).results().size());
    }

    @Test
    void refusesANotANumberValue() {
        List<Score> scores = sheet("E1", "J1", Double.NaN, 3);
        assertEquals(
                "evaluation.calculator.valueOutOfRange",
                refused(() -> rank(scores)).messageKey());
    }

    @Test
    void refusesTheSameEntryJudgeAndCriterionTwice() {
        List<Score> scores = new ArrayList<>(sheet("E1", "J1", 5, 3));
        scores.add(new Score("E1", "J1", "tech", 6));
        assertRefusal(
                refused(() -> rank(scores)), "scores[2]", "evaluation.calculator.duplicateScore", "E1", "J1", "tech");
    }

    @Test
    void refusesAJudgeWhoLeftCriteriaOutForAnEntry() {
        List<Score> scores = new ArrayList<>(sheet("E1", "J1", 5, 3));
        scores.add(new Score("E1", "J2", "team", 4));
        assertRefusal(
                refused(() -> rank(scores)), "scores", "evaluation.calculator.incompleteSheet", "E1", "J2", "tech");
    }

    @Test
    void refusesAWeightOfZeroOrLess() {
        assertRefusal(
                refused(() -> new Criterion("tech", 0, 0, 10)),
                "criteria",
                "evaluation.calculator.weightNotPositive",
                "tech",
                "0");
        assertRefusal(
                refused(() -> new Criterion("tech", -2.5, 0, 10)),
                "criteria",
                "evaluation.calculator.weightNotPositive",
                "tech",
                "-2.5");
        // Weights or scales so large that totals overflow to NaN or lose all precision are refused, not computed.
        assertEquals(
                "evaluation.calculator.tooLarge",
                refused(() -> new Criterion("tech", 1e308, 0, 10)).messageKey());
        assertEquals(
                "evaluation.calculator.tooLarge",
                refused(() -> new Criterion("tech", 1, -1.7e308, 1.7e308)).messageKey());
    }

    @Test
    void refusesAMinimumNotBelowTheMaximum() {
        assertRefusal(
                refused(() -> new Criterion("tech", 1, 10, 10)),
                "criteria",
                "evaluation.calculator.invalidRange",
                "tech",
                "10",
                "10");
        assertRefusal(
                refused(() -> new Criterion("tech", 1, 10, 0)),
                "criteria",
                "evaluation.calculator.invalidRange",
                "tech",
                "10",
                "0");
    }

    @Test
    void refusesAnInputWithoutScores() {
        assertRefusal(
                refused(() -> engine.rank(
                        new ScoringInput(CRITERIA, List.of(), List.of()), Method.of(AggregationMethod.MEAN))),
                "scores",
                "evaluation.calculator.noScores");
    }

    @Test
    void refusesAnInputWithoutCriteria() {
        List<Score> scores = sheet("E1", "J1", 5, 3);
        assertRefusal(
                refused(() ->
                        engine.rank(new ScoringInput(List.of(), List.of(), scores), Method.of(AggregationMethod.MEAN))),
                "criteria",
                "evaluation.calculator.noCriteria");
    }

    @Test
    void refusesACriterionDeclaredTwice() {
        List<Criterion> twice = List.of(TECH, TEAM, new Criterion("tech", 5, 0, 5));
        assertRefusal(
                refused(() -> engine.rank(
                        new ScoringInput(twice, List.of(), sheet("E1", "J1", 5, 3)),
                        Method.of(AggregationMethod.MEAN))),
                "criteria[2]",
                "evaluation.calculator.duplicateCriterion",
                "tech");
    }

    @Test
    void refusesAnUnknownTieBreakCriterion() {
        ScoringInput input = new ScoringInput(CRITERIA, List.of("team", "green"), sheet("E1", "J1", 5, 3));
        assertRefusal(
                refused(() -> engine.rank(input, Method.of(AggregationMethod.MEAN))),
                "tieBreak[1]",
                "evaluation.calculator.unknownTieBreak",
                "green");
    }

    @Test
    void refusesANegativeTrim() {
        assertRefusal(
                refused(() -> new Method(AggregationMethod.TRIMMED_MEAN, -1, 25)),
                "method.trim",
                "evaluation.calculator.trimNegative",
                "-1");
    }

    @Test
    void refusesANegativeOutlierGap() {
        assertRefusal(
                refused(() -> new Method(AggregationMethod.MEAN, 1, -0.5)),
                "method.outlierGap",
                "evaluation.calculator.outlierGapNegative",
                "-0.5");
    }

    @Test
    void refusesABlankEntryOrJudge() {
        List<Score> blankEntry = List.of(new Score(" ", "J1", "tech", 5));
        assertRefusal(
                refused(() -> rank(blankEntry)),
                "scores[0].entry",
                "evaluation.calculator.required",
                "scores[0].entry");
        List<Score> missingJudge = List.of(new Score("E1", null, "tech", 5));
        assertRefusal(
                refused(() -> rank(missingJudge)),
                "scores[0].judge",
                "evaluation.calculator.required",
                "scores[0].judge");
    }

    private ScoringResult rank(List<Score> scores) {
        return engine.rank(new ScoringInput(CRITERIA, List.of(), scores), Method.of(AggregationMethod.MEAN));
    }

    private static List<Score> sheet(String entry, String judge, double tech, double team) {
        return List.of(new Score(entry, judge, "tech", tech), new Score(entry, judge, "team", team));
    }

    private static DomainException refused(Executable action) {
        DomainException refusal = assertThrows(DomainException.class, action);
        assertEquals(DomainException.Kind.INVALID, refusal.kind());
        assertEquals(422, refusal.kind().status);
        return refusal;
    }

    private static void assertRefusal(DomainException refusal, String field, String key, Object... args) {
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
        assertArrayEquals(args, refusal.args());
    }
}
