package org.greenhub.evaluation.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one definition of the numbers (docs/scoring.md): the round results page, the exports and the public
 * calculator all rank through here, so they cannot disagree. Stateless and thread-safe.
 */
public final class ScoringEngine {

    /** Validates the input (a {@link org.greenhub.platform.error.DomainException} names the first bad item) and ranks it. */
    public ScoringResult rank(ScoringInput input, Method method) {
        return new Computation(ScoreTable.of(input)).result(method);
    }

    /**
     * The ranking under every aggregation method with the same trim and outlier gap, for the sensitivity report.
     * The input is validated and indexed once.
     */
    public Map<AggregationMethod, ScoringResult> rankUnderEveryMethod(ScoringInput input, Method template) {
        Computation computation = new Computation(ScoreTable.of(input));
        Map<AggregationMethod, ScoringResult> results = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod type : AggregationMethod.values()) {
            results.put(type, computation.result(template.withType(type)));
        }
        return Collections.unmodifiableMap(results);
    }

    /** One table's figures; what does not depend on the method is computed once. */
    private static final class Computation {

        private final ScoreTable table;
        private final double[] judgeMean;
        private final double[] judgeSd;
        private final List<JudgeStatistics> judgeStatistics;
        private final OptionalDouble kendallW;

        Computation(ScoreTable table) {
            this.table = table;
            int judges = table.judgeCount();
            judgeMean = new double[judges];
            judgeSd = new double[judges];
            for (int j = 0; j < judges; j++) {
                double[] totals = totalsOfJudge(j);
                judgeMean[j] = Statistics.mean(totals);
                judgeSd[j] = Statistics.populationSd(totals, judgeMean[j]);
            }
            judgeStatistics = judgeStatistics();
            kendallW = kendallW();
        }

        ScoringResult result(Method method) {
            double[] scores = switch (method.type()) {
                case MEAN -> meanScores();
                case MEDIAN -> table.medianTotal.clone();
                case TRIMMED_MEAN -> trimmedMeanScores(method.trim());
                case ZSCORE -> zScoreScores();
            };
            return new ScoringResult(method, ranking(scores), judgeStatistics, outliers(method.outlierGap()), kendallW);
        }

        private double[] totalsOfJudge(int judge) {
            int from = table.judgeSheetStart[judge];
            double[] totals = new double[table.judgeSheetStart[judge + 1] - from];
            for (int k = 0; k < totals.length; k++) {
                totals[k] = table.sheetTotal[table.judgeSheets[from + k]];
            }
            return totals;
        }

        private double[] meanScores() {
            double[] scores = new double[table.entryCount()];
            for (int e = 0; e < scores.length; e++) {
                double sum = 0;
                for (int k = table.entrySheetStart[e]; k < table.entrySheetStart[e + 1]; k++) {
                    sum += table.sheetTotal[table.entrySheets[k]];
                }
                scores[e] = sum / table.judgesOf(e);
            }
            return scores;
        }

        /** Drops the {@code trim} highest and lowest totals when n >= 2 * trim + 3; otherwise the plain mean. */
        private double[] trimmedMeanScores(int trim) {
            double[] scores = new double[table.entryCount()];
            for (int e = 0; e < scores.length; e++) {
                double[] sorted = table.sortedTotals(e);
                scores[e] = sorted.length >= 2L * trim + 3
                        ? Statistics.mean(sorted, trim, sorted.length - trim)
                        : Statistics.mean(sorted);
            }
            return scores;
        }

        /** mu + sigma * mean_j(z), with z = (T - mu_j) / sigma_j, or 0 for a judge without spread. */
        private double[] zScoreScores() {
            double roundMean = Statistics.mean(table.sheetTotal, 0, table.sheetCount);
            double roundSd = Statistics.populationSd(Arrays.copyOf(table.sheetTotal, table.sheetCount), roundMean);
            double[] scores = new double[table.entryCount()];
            for (int e = 0; e < scores.length; e++) {
                double zSum = 0;
                for (int k = table.entrySheetStart[e]; k < table.entrySheetStart[e + 1]; k++) {
                    int sheet = table.entrySheets[k];
                    int judge = table.sheetJudge[sheet];
                    if (!withoutSpread(judgeSd[judge])) {
                        zSum += (table.sheetTotal[sheet] - judgeMean[judge]) / judgeSd[judge];
                    }
                }
                scores[e] = roundMean + roundSd * (zSum / table.judgesOf(e));
            }
            return scores;
        }

        /**
         * An SD of 0 at 6 decimals is 0: totals that are equal on paper can differ in the last bit, and dividing
         * by that noise would blow it up into z-scores of +-1.
         */
        private static boolean withoutSpread(double sd) {
            return Numbers.compared(sd) == 0;
        }

        /**
         * Score descending at 6 decimals, then the tie-break criteria's means descending at 6 decimals; entries
         * still equal share the rank (1, 2, 2, 4) and are listed in entry order, so the order of the input never
         * matters.
         */
        private List<RankedEntry> ranking(double[] scores) {
            int entries = table.entryCount();
            int[] tieBreak = table.tieBreak;
            int keysPerEntry = 1 + tieBreak.length;
            double[] keys = new double[entries * keysPerEntry];
            for (int e = 0; e < entries; e++) {
                keys[e * keysPerEntry] = Numbers.compared(scores[e]);
                for (int b = 0; b < tieBreak.length; b++) {
                    keys[e * keysPerEntry + 1 + b] =
                            Numbers.compared(table.criterionMeans[e * table.criterionCount + tieBreak[b]]);
                }
            }
            Comparator<Integer> byKeys = (a, b) -> {
                for (int k = 0; k < keysPerEntry; k++) {
                    int order = Double.compare(keys[b * keysPerEntry + k], keys[a * keysPerEntry + k]);
                    if (order != 0) {
                        return order;
                    }
                }
                return 0;
            };
            Integer[] order = new Integer[entries];
            for (int e = 0; e < entries; e++) {
                order[e] = e;
            }
            Arrays.sort(order, byKeys.thenComparing(e -> table.entryIds[e]));

            int[] rank = new int[entries];
            boolean[] tied = new boolean[entries];
            for (int position = 0; position < entries; position++) {
                int e = order[position];
                if (position > 0 && byKeys.compare(order[position - 1], e) == 0) {
                    rank[e] = rank[order[position - 1]];
                    tied[e] = true;
                    tied[order[position - 1]] = true;
                } else {
                    rank[e] = position + 1;
                }
            }
            List<RankedEntry> ranking = new ArrayList<>(entries);
            for (int e : order) {
                ranking.add(new RankedEntry(
                        table.entryIds[e],
                        rank[e],
                        Numbers.reported(scores[e]),
                        table.judgesOf(e),
                        reportedCriterionMeans(e),
                        tied[e]));
            }
            return ranking;
        }

        private Map<String, Double> reportedCriterionMeans(int entry) {
            Map<String, Double> means = new LinkedHashMap<>();
            for (int c = 0; c < table.criterionCount; c++) {
                means.put(
                        table.criteria.get(c).code(),
                        Numbers.reported(table.criterionMeans[entry * table.criterionCount + c]));
            }
            return Collections.unmodifiableMap(means);
        }

        /** NO_SPREAD needs two or more entries: a single total always has an SD of 0 and says nothing. */
        private List<JudgeStatistics> judgeStatistics() {
            List<JudgeStatistics> statistics = new ArrayList<>(table.judgeCount());
            for (int j = 0; j < table.judgeCount(); j++) {
                int entries = table.judgeSheetStart[j + 1] - table.judgeSheetStart[j];
                Set<JudgeFlag> flags =
                        entries >= 2 && withoutSpread(judgeSd[j]) ? EnumSet.of(JudgeFlag.NO_SPREAD) : Set.of();
                statistics.add(new JudgeStatistics(
                        table.judgeIds[j], Numbers.reported(judgeMean[j]), Numbers.reported(judgeSd[j]), flags));
            }
            statistics.sort(Comparator.comparing(JudgeStatistics::judge));
            return statistics;
        }

        /** |T - median T of the entry| > gap (compared at 6 decimals), for entries with at least 3 judges. */
        private List<OutlierScore> outliers(double gap) {
            List<OutlierScore> outliers = new ArrayList<>();
            for (int e = 0; e < table.entryCount(); e++) {
                if (table.judgesOf(e) < 3) {
                    continue;
                }
                for (int k = table.entrySheetStart[e]; k < table.entrySheetStart[e + 1]; k++) {
                    int sheet = table.entrySheets[k];
                    if (Numbers.compared(Math.abs(table.sheetTotal[sheet] - table.medianTotal[e])) > gap) {
                        outliers.add(new OutlierScore(table.entryIds[e], table.judgeIds[table.sheetJudge[sheet]]));
                    }
                }
            }
            outliers.sort(Comparator.comparing(OutlierScore::entry).thenComparing(OutlierScore::judge));
            return outliers;
        }

        /**
         * Kendall's W over m judges and n entries, judges ranking entries by T (equal at 6 decimals share the
         * average rank): W = 12S / (m^2(n^3 - n) - m * sum(t^3 - t)). Only when every judge scored every entry,
         * and only when it is defined (two judges, two entries, not all totals equal).
         */
        private OptionalDouble kendallW() {
            int m = table.judgeCount();
            int n = table.entryCount();
            if (!table.complete() || m < 2 || n < 2) {
                return OptionalDouble.empty();
            }
            double[] rankSum = new double[n];
            double tieCorrection = 0;
            double[] keys = new double[n];
            Integer[] sheets = new Integer[n];
            for (int j = 0; j < m; j++) {
                int from = table.judgeSheetStart[j];
                for (int k = 0; k < n; k++) {
                    int sheet = table.judgeSheets[from + k];
                    sheets[k] = sheet;
                    keys[k] = Numbers.compared(table.sheetTotal[sheet]);
                }
                Integer[] byTotal = new Integer[n];
                for (int k = 0; k < n; k++) {
                    byTotal[k] = k;
                }
                Arrays.sort(byTotal, (a, b) -> Double.compare(keys[a], keys[b]));
                int start = 0;
                while (start < n) {
                    int end = start + 1;
                    while (end < n && keys[byTotal[end]] == keys[byTotal[start]]) {
                        end++;
                    }
                    double averageRank = (start + 1 + end) / 2.0;
                    for (int k = start; k < end; k++) {
                        rankSum[table.sheetEntry[sheets[byTotal[k]]]] += averageRank;
                    }
                    double t = end - start;
                    tieCorrection += t * t * t - t;
                    start = end;
                }
            }
            double expected = m * (n + 1) / 2.0;
            double s = 0;
            for (double sum : rankSum) {
                s += (sum - expected) * (sum - expected);
            }
            double nd = n;
            double denominator = (double) m * m * (nd * nd * nd - nd) - m * tieCorrection;
            if (!(denominator > 0)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Numbers.reported(12 * s / denominator));
        }
    }
}
