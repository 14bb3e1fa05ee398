package org.greenhub.evaluation.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.error.DomainException;

/**
 * The validated scores in flat arrays: entries, judges and criteria are numbered once, and every judge's sheet
 * for an entry (one value per criterion) gets its total T computed once. Everything the methods need is read
 * from here, so a round of 300,000 scores costs a few passes over primitive arrays, not objects per score.
 */
final class ScoreTable {

    final List<Criterion> criteria;
    final int criterionCount;
    /** Criterion indices of the tie-break chain, most important first. */
    final int[] tieBreak;

    final String[] entryIds;
    final String[] judgeIds;

    /** Per sheet (one judge, one entry): who, and the judge's total T on the 0-100 scale. */
    final int sheetCount;

    final int[] sheetEntry;
    final int[] sheetJudge;
    final double[] sheetTotal;

    /** Sheets grouped by entry: those of entry e are {@code entrySheets[entrySheetStart[e] .. entrySheetStart[e+1])}. */
    final int[] entrySheetStart;

    final int[] entrySheets;
    /** Sheets grouped by judge, the same way. */
    final int[] judgeSheetStart;

    final int[] judgeSheets;

    /** Mean raw value per entry and criterion, at {@code e * criterionCount + c}. */
    final double[] criterionMeans;
    /** Median of the totals of each entry. */
    final double[] medianTotal;

    private ScoreTable(
            List<Criterion> criteria,
            int[] tieBreak,
            String[] entryIds,
            String[] judgeIds,
            int sheetCount,
            int[] sheetEntry,
            int[] sheetJudge,
            double[] sheetValues) {
        this.criteria = criteria;
        this.criterionCount = criteria.size();
        this.tieBreak = tieBreak;
        this.entryIds = entryIds;
        this.judgeIds = judgeIds;
        this.sheetCount = sheetCount;
        this.sheetEntry = sheetEntry;
        this.sheetJudge = sheetJudge;
        this.sheetTotal = totals(criteria, sheetCount, sheetValues);
        this.entrySheetStart = new int[entryIds.length + 1];
        this.entrySheets = groupBy(sheetEntry, sheetCount, entryIds.length, entrySheetStart);
        this.judgeSheetStart = new int[judgeIds.length + 1];
        this.judgeSheets = groupBy(sheetJudge, sheetCount, judgeIds.length, judgeSheetStart);
        this.criterionMeans = criterionMeans(sheetValues);
        this.medianTotal = medians();
    }

    int entryCount() {
        return entryIds.length;
    }

    int judgeCount() {
        return judgeIds.length;
    }

    int judgesOf(int entry) {
        return entrySheetStart[entry + 1] - entrySheetStart[entry];
    }

    /** True when every judge scored every entry: sheets are unique per (entry, judge), so counting suffices. */
    boolean complete() {
        return (long) entryIds.length * judgeIds.length == sheetCount;
    }

    /** Validates the input and builds the table; the first problem found (in input order) is thrown. */
    static ScoreTable of(ScoringInput input) {
        List<Criterion> criteria = input.criteria();
        if (criteria.isEmpty()) {
            throw DomainException.invalid("criteria", "evaluation.calculator.noCriteria");
        }
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            if (criterionIndex.putIfAbsent(criterion.code(), c) != null) {
                throw DomainException.invalid(
                        "criteria[" + c + "]", "evaluation.calculator.duplicateCriterion", criterion.code());
            }
        }
        int[] tieBreak = new int[input.tieBreak().size()];
        for (int b = 0; b < tieBreak.length; b++) {
            String code = input.tieBreak().get(b);
            Integer index = criterionIndex.get(code);
            if (index == null) {
                throw DomainException.invalid("tieBreak[" + b + "]", "evaluation.calculator.unknownTieBreak", code);
            }
            tieBreak[b] = index;
        }
        List<Score> scores = input.scores();
        if (scores.isEmpty()) {
            throw DomainException.invalid("scores", "evaluation.calculator.noScores");
        }

        int criterionCount = criteria.size();
        Map<String, Integer> entryIndex = new HashMap<>();
        Map<String, Integer> judgeIndex = new HashMap<>();
        List<String> entryIds = new ArrayList<>();
        List<String> judgeIds = new ArrayList<>();
        // Key: entry index in the high 32 bits, judge index in the low 32 bits.
        Map<Long, Integer> sheetIndex = new HashMap<>(2 * (scores.size() / criterionCount) + 16);
        int capacity = scores.size() / criterionCount + 16;
        int[] sheetEntry = new int[capacity];
        int[] sheetJudge = new int[capacity];
        int[] sheetFilled = new int[capacity];
        double[] sheetValues = new double[capacity * criterionCount];
        int sheetCount = 0;

        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            String field = "scores[" + i + "]";
            requireIdentifier(score.entry(), field + ".entry");
            requireIdentifier(score.judge(), field + ".judge");
            requireIdentifier(score.criterion(), field + ".criterion");
            Integer c = criterionIndex.get(score.criterion());
            if (c == null) {
                throw DomainException.invalid(
                        field,
                        "evaluation.calculator.unknownCriterion",
                        score.entry(),
                        score.judge(),
                        score.criterion());
            }
            Criterion criterion = criteria.get(c);
            if (!criterion.accepts(score.value())) {
                throw DomainException.invalid(
                        field,
                        "evaluation.calculator.valueOutOfRange",
                        score.entry(),
                        score.judge(),
                        score.criterion(),
                        Numbers.plain(score.value()),
                        Numbers.plain(criterion.min()),
                        Numbers.plain(criterion.max()));
            }
            int e = intern(score.entry(), entryIndex, entryIds);
            int j = intern(score.judge(), judgeIndex, judgeIds);
            long key = ((long) e << 32) | j;
            Integer known = sheetIndex.get(key);
            int sheet;
            if (known == null) {
                sheet = sheetCount++;
                if (sheet == sheetEntry.length) {
                    int grown = sheetEntry.length * 2;
                    sheetEntry = Arrays.copyOf(sheetEntry, grown);
                    sheetJudge = Arrays.copyOf(sheetJudge, grown);
                    sheetFilled = Arrays.copyOf(sheetFilled, grown);
                    sheetValues = Arrays.copyOf(sheetValues, grown * criterionCount);
                }
                sheetIndex.put(key, sheet);
                sheetEntry[sheet] = e;
                sheetJudge[sheet] = j;
                // NaN marks "not scored yet": a real value is never NaN, the range check refuses it.
                Arrays.fill(sheetValues, sheet * criterionCount, (sheet + 1) * criterionCount, Double.NaN);
            } else {
                sheet = known;
            }
            int slot = sheet * criterionCount + c;
            if (!Double.isNaN(sheetValues[slot])) {
                throw DomainException.invalid(
                        field, "evaluation.calculator.duplicateScore", score.entry(), score.judge(), score.criterion());
            }
            sheetValues[slot] = score.value();
            sheetFilled[sheet]++;
        }

        for (int sheet = 0; sheet < sheetCount; sheet++) {
            if (sheetFilled[sheet] < criterionCount) {
                List<String> missing = new ArrayList<>();
                for (int c = 0; c < criterionCount; c++) {
                    if (Double.isNaN(sheetValues[sheet * criterionCount + c])) {
                        missing.add(criteria.get(c).code());
                    }
                }
                throw DomainException.invalid(
                        "scores",
                        "evaluation.calculator.incompleteSheet",
                        entryIds.get(sheetEntry[sheet]),
                        judgeIds.get(sheetJudge[sheet]),
                        String.join(", ", missing));
            }
        }
        return new ScoreTable(
                List.copyOf(criteria),
                tieBreak,
                entryIds.toArray(String[]::new),
                judgeIds.toArray(String[]::new),
                sheetCount,
                sheetEntry,
                sheetJudge,
                sheetValues);
    }

    private static void requireIdentifier(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "evaluation.calculator.required", field);
        }
    }

    private static int intern(String id, Map<String, Integer> index, List<String> ids) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        index.put(id, ids.size());
        ids.add(id);
        return ids.size() - 1;
    }

    /** T = 100 * sum(w * (v - min) / (max - min)) / sum(w), summed in the declared criterion order. */
    private static double[] totals(List<Criterion> criteria, int sheetCount, double[] sheetValues) {
        int criterionCount = criteria.size();
        double[] weight = new double[criterionCount];
        double weightSum = 0;
        for (int c = 0; c < criterionCount; c++) {
            weight[c] = criteria.get(c).weight();
            weightSum += weight[c];
        }
        double[] totals = new double[sheetCount];
        for (int sheet = 0; sheet < sheetCount; sheet++) {
            double weighted = 0;
            int base = sheet * criterionCount;
            for (int c = 0; c < criterionCount; c++) {
                weighted += weight[c] * criteria.get(c).normalised(sheetValues[base + c]);
            }
            totals[sheet] = 100 * weighted / weightSum;
        }
        return totals;
    }

    /** Counting sort of the sheets by owner; fills {@code start} and returns the grouped sheet numbers. */
    private static int[] groupBy(int[] owner, int sheetCount, int ownerCount, int[] start) {
        for (int sheet = 0; sheet < sheetCount; sheet++) {
            start[owner[sheet] + 1]++;
        }
        for (int o = 0; o < ownerCount; o++) {
            start[o + 1] += start[o];
        }
        int[] next = Arrays.copyOf(start, ownerCount);
        int[] grouped = new int[sheetCount];
        for (int sheet = 0; sheet < sheetCount; sheet++) {
            grouped[next[owner[sheet]]++] = sheet;
        }
        return grouped;
    }

    private double[] criterionMeans(double[] sheetValues) {
        double[] means = new double[entryIds.length * criterionCount];
        for (int e = 0; e < entryIds.length; e++) {
            int judges = judgesOf(e);
            for (int c = 0; c < criterionCount; c++) {
                double sum = 0;
                for (int k = entrySheetStart[e]; k < entrySheetStart[e + 1]; k++) {
                    sum += sheetValues[entrySheets[k] * criterionCount + c];
                }
                means[e * criterionCount + c] = sum / judges;
            }
        }
        return means;
    }

    private double[] medians() {
        double[] medians = new double[entryIds.length];
        for (int e = 0; e < entryIds.length; e++) {
            medians[e] = Statistics.median(sortedTotals(e));
        }
        return medians;
    }

    /** The totals of one entry, ascending. */
    double[] sortedTotals(int entry) {
        int from = entrySheetStart[entry];
        double[] totals = new double[entrySheetStart[entry + 1] - from];
        for (int k = 0; k < totals.length; k++) {
            totals[k] = sheetTotal[entrySheets[from + k]];
        }
        Arrays.sort(totals);
        return totals;
    }
}
