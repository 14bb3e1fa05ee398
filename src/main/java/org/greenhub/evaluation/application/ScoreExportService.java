package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.JudgeTotal;
import org.greenhub.evaluation.domain.scoring.Score;

/**
 * Exports for programme managers, as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese,
 * Thai and Vietnamese correctly) or Excel: the score matrix (one row per entry and judge, one column per criterion,
 * and the judge's total) and the results (the ranking in each scope under the declared method).
 */
@ApplicationScoped
public class ScoreExportService {

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    SubmittedScores submittedScores;

    @Inject
    RoundResultsService resultsService;

    @Inject
    RoundRepository rounds;

    @Transactional
    public ExportFile scoreMatrix(long roundId, ExportFile.Format format) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        List<Criterion> criteria = round.getRubric().toScoring();
        RoundScoreRows rows = submittedScores.of(roundId);
        // entry -> judge -> criterion -> value, sorted by entry then judge so that two exports compare line by line
        Map<String, Map<String, Map<String, Double>>> matrix = new TreeMap<>();
        for (Score score : rows.scores()) {
            matrix.computeIfAbsent(score.entry(), e -> new TreeMap<>())
                    .computeIfAbsent(score.judge(), j -> new HashMap<>())
                    .put(score.criterion(), score.value());
        }
        List<Object> header = new ArrayList<>(List.of("entry", "judge"));
        criteria.forEach(c -> header.add(c.code()));
        header.add("total");
        List<List<Object>> table = new ArrayList<>();
        matrix.forEach((entry, byJudge) -> byJudge.forEach((judge, values) -> {
            List<Object> line = new ArrayList<>(List.of(entry, judge));
            for (Criterion criterion : criteria) {
                line.add(number(values.get(criterion.code())));
            }
            JudgeTotal.of(criteria, values)
                    .ifPresentOrElse(t -> line.add(number(JudgeTotal.reported(t))), () -> line.add(null));
            table.add(line);
        }));
        return file(round, "score-matrix", header, table, format);
    }

    @Transactional
    public ExportFile results(long roundId, ExportFile.Format format) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        RoundResults results = resultsService.compute(round, submittedScores.of(roundId), round.scoringMethod());
        List<Object> header = new ArrayList<>(List.of("scope", "rank", "entry", "score", "judges"));
        header.addAll(results.criteria());
        header.addAll(List.of("tied", "flags", "overall_rank"));
        List<List<Object>> table = new ArrayList<>();
        for (RoundResults.EntryResult entry : results.entries()) {
            List<Object> line = new ArrayList<>(
                    List.of(entry.scope(), entry.rank(), entry.reference(), number(entry.score()), entry.judges()));
            results.criteria().forEach(code -> line.add(number(entry.criteria().get(code))));
            line.add(entry.tied());
            line.add(String.join(
                    " ", entry.flags().stream().map(Enum::name).sorted().toList()));
            line.add(entry.overallRank());
            table.add(line);
        }
        return file(
                round,
                "results-" + results.method().type().name().toLowerCase(java.util.Locale.ROOT),
                header,
                table,
                format);
    }

    /** Plain decimal text, not 6.0E-4 or 65.50000001: what people recomputing by hand expect to see. */
    private static Number number(Double value) {
        if (value == null) {
            return null;
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros();
    }

    private static ExportFile file(
            EvaluationRound round,
            String what,
            List<Object> header,
            List<List<Object>> table,
            ExportFile.Format format) {
        String base = "round-" + round.getId() + "-" + what;
        return switch (format) {
            case CSV ->
                new ExportFile(
                        base + ".csv", ExportFile.CSV, org.greenhub.platform.export.Spreadsheets.csv(header, table));
            case XLSX ->
                new ExportFile(
                        base + ".xlsx",
                        ExportFile.XLSX,
                        org.greenhub.platform.export.Spreadsheets.xlsx(what, header, table));
        };
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }
}
