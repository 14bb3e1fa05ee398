package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.OutlierScore;
import org.greenhub.evaluation.domain.scoring.RankedEntry;
import org.greenhub.evaluation.domain.scoring.ScoringEngine;
import org.greenhub.evaluation.domain.scoring.ScoringResult;

/**
 * Round results for programme managers, computed from the stored submitted scores by the one scoring engine, so
 * they are exactly what the public calculator gives for the same scores.
 * <p>
 * The engine ranks the whole round once; a group's or track's ranking is that ranking restricted to the scope.
 * This keeps every entry's score the same whatever the scope, and keeps z-scores honest: a judge's severity is
 * measured over every entry the judge scored, not only those of one group.
 */
@ApplicationScoped
public class RoundResultsService {

    private final ScoringEngine engine = new ScoringEngine();

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    SubmittedScores submittedScores;

    @Inject
    RoundRepository rounds;

    @Transactional
    public RoundResults results(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        return compute(round, submittedScores.of(roundId), round.scoringMethod());
    }

    /**
     * The results under another aggregation method than the declared one (null: the declared), with the round's
     * trim and outlier gap: what the sensitivity report compares, as a full ranking.
     */
    @Transactional
    public RoundResults results(long roundId, AggregationMethod method) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        Method declared = round.scoringMethod();
        return compute(round, submittedScores.of(roundId), method == null ? declared : declared.withType(method));
    }

    /** The ranking under every method side by side, marking entries whose advancement depends on the method. */
    @Transactional
    public SensitivityReport sensitivity(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        RoundScoreRows rows = submittedScores.of(roundId);
        if (rows.isEmpty()) {
            return new SensitivityReport(roundId, round.getMethod(), List.of());
        }
        return sensitivity(round, rows, engine.rankUnderEveryMethod(input(round, rows), round.scoringMethod()))
                .report();
    }

    /** What the manager's results page shows of the scores: the results and the sensitivity report. */
    public record ResultsPage(RoundResults results, SensitivityReport sensitivity) {}

    /**
     * {@link #results} and {@link #sensitivity} together from one read of the scores, every method ranked once: the
     * results page asked for each on its own, reading and ranking a round of 1,000 entries three times per page.
     */
    @Transactional
    public ResultsPage resultsPage(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        return resultsPage(round, submittedScores.of(roundId));
    }

    /** The same from rows already read, without a permission check: for {@link ResultsPageReader}. */
    public ResultsPage resultsPage(EvaluationRound round, RoundScoreRows rows) {
        long roundId = round.getId();
        if (rows.isEmpty()) {
            return new ResultsPage(
                    compute(round, rows, round.scoringMethod()),
                    new SensitivityReport(roundId, round.getMethod(), List.of()));
        }
        Sensitivity sensitivity =
                sensitivity(round, rows, engine.rankUnderEveryMethod(input(round, rows), round.scoringMethod()));
        return new ResultsPage(sensitivity.declared(), sensitivity.report());
    }

    /** The report, and the results under the declared method it is ordered by. */
    private record Sensitivity(SensitivityReport report, RoundResults declared) {}

    private Sensitivity sensitivity(
            EvaluationRound round, RoundScoreRows rows, Map<AggregationMethod, ScoringResult> all) {
        long roundId = round.getId();
        AggregationMethod declared = round.getMethod();
        AdvancementSelection selection = AdvancementSelection.of(round, quotas(roundId));
        Map<AggregationMethod, Map<String, SensitivityReport.Place>> placesByMethod =
                new EnumMap<>(AggregationMethod.class);
        RoundResults declaredResults = null;
        for (Map.Entry<AggregationMethod, ScoringResult> byMethod : all.entrySet()) {
            RoundResults results = assemble(round, rows, byMethod.getValue());
            if (byMethod.getKey() == declared) {
                declaredResults = results;
            }
            AdvancementSelection.Result selected = selection.apply(lines(results));
            Map<String, SensitivityReport.Place> places = new HashMap<>();
            for (RoundResults.EntryResult entry : results.entries()) {
                places.put(
                        entry.reference(),
                        new SensitivityReport.Place(entry.rank(), entry.score(), selected.of(entry.reference())));
            }
            placesByMethod.put(byMethod.getKey(), places);
        }
        // Listed in the order of the declared method's results.
        List<SensitivityReport.Line> lines = new ArrayList<>();
        for (RoundResults.EntryResult entry : declaredResults.entries()) {
            Map<AggregationMethod, SensitivityReport.Place> places = new EnumMap<>(AggregationMethod.class);
            placesByMethod.forEach((method, byEntry) -> places.put(method, byEntry.get(entry.reference())));
            AdvancementSelection.Outcome underDeclared = places.get(declared).outcome();
            boolean changes = places.values().stream().anyMatch(p -> p.outcome() != underDeclared);
            lines.add(new SensitivityReport.Line(entry.reference(), entry.scope(), places, changes));
        }
        return new Sensitivity(new SensitivityReport(roundId, declared, lines), declaredResults);
    }

    /** Results from already loaded rows, without a permission check: for advancement and exports. */
    public RoundResults compute(EvaluationRound round, RoundScoreRows rows, Method method) {
        if (rows.isEmpty()) {
            return new RoundResults(
                    round.getId(),
                    round.getName(),
                    method,
                    round.getAdvancementScope(),
                    criterionCodes(round),
                    List.of(),
                    List.of(),
                    List.of(),
                    OptionalDouble.empty());
        }
        return assemble(round, rows, engine.rank(input(round, rows), method));
    }

    /** Quotas of a TOP_N_WITH_QUOTAS round, by scope value. */
    public Map<String, Integer> quotas(long roundId) {
        Map<String, Integer> quotas = new HashMap<>();
        rounds.quotas(roundId).forEach(q -> quotas.put(q.getScopeValue(), q.getQuota()));
        return quotas;
    }

    /** The results as the advancement rule reads them. */
    public static List<AdvancementSelection.Line> lines(RoundResults results) {
        return results.entries().stream()
                .map(e -> new AdvancementSelection.Line(e.reference(), e.scope(), e.rank(), e.score()))
                .toList();
    }

    private org.greenhub.evaluation.domain.scoring.ScoringInput input(EvaluationRound round, RoundScoreRows rows) {
        return rows.input(round.getRubric().toScoring(), round.tieBreakChain());
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }

    private static List<String> criterionCodes(EvaluationRound round) {
        return round.getRubric().getCriteria().stream()
                .map(RubricCriterion::getCode)
                .toList();
    }

    /** Restricts the whole-round ranking to each scope: ranks renumbered (1, 2, 2, 4), ties only within the scope. */
    static RoundResults assemble(EvaluationRound round, RoundScoreRows rows, ScoringResult result) {
        AdvancementScope scope = round.getAdvancementScope();
        Set<String> withOutlier = new HashSet<>();
        for (OutlierScore outlier : result.outliers()) {
            withOutlier.add(outlier.entry());
        }
        Map<String, List<RankedEntry>> byScope = new TreeMap<>();
        for (RankedEntry line : result.results()) {
            byScope.computeIfAbsent(rows.subject(line.entry()).scope(scope), s -> new ArrayList<>())
                    .add(line);
        }
        List<RoundResults.ScopeRanking> scopes = new ArrayList<>();
        for (Map.Entry<String, List<RankedEntry>> inScope : byScope.entrySet()) {
            List<RankedEntry> lines = inScope.getValue();
            int[] ranks = new int[lines.size()];
            boolean[] tied = new boolean[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0 && lines.get(i).rank() == lines.get(i - 1).rank()) {
                    ranks[i] = ranks[i - 1];
                    tied[i] = true;
                    tied[i - 1] = true;
                } else {
                    ranks[i] = i + 1;
                }
            }
            List<RoundResults.EntryResult> entries = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                RankedEntry line = lines.get(i);
                Set<RoundResults.EntryFlag> flags = EnumSet.noneOf(RoundResults.EntryFlag.class);
                if (tied[i]) {
                    flags.add(RoundResults.EntryFlag.TIED);
                }
                if (withOutlier.contains(line.entry())) {
                    flags.add(RoundResults.EntryFlag.OUTLIER_SCORE);
                }
                if (line.judges() < round.getJudgesPerEntry()) {
                    flags.add(RoundResults.EntryFlag.FEWER_JUDGES_THAN_PLANNED);
                }
                entries.add(new RoundResults.EntryResult(
                        rows.subject(line.entry()).id(),
                        line.entry(),
                        inScope.getKey(),
                        ranks[i],
                        line.rank(),
                        line.score(),
                        line.judges(),
                        line.criteria(),
                        flags));
            }
            scopes.add(new RoundResults.ScopeRanking(inScope.getKey(), entries));
        }
        return new RoundResults(
                round.getId(),
                round.getName(),
                result.method(),
                scope,
                criterionCodes(round),
                scopes,
                result.judges(),
                result.outliers(),
                result.kendallW());
    }
}
