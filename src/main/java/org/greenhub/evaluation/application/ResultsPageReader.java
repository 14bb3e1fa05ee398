package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundRepository;

/**
 * What the manager's results page shows of a round (issue 17): every request checks the manager's access and reads the
 * round's inputs (the submitted scores as the results count them, conflicts applied; the rules; the quotas; the
 * titles), but ranks the round under every method, builds the sensitivity report and the advancement preview only
 * when those inputs changed since this node last did. Reading is a fraction of what ranking and building cost, and
 * the key, a fingerprint of everything read, makes a stale answer impossible without knowing every way a score, a
 * conflict or a rule can change.
 */
@ApplicationScoped
public class ResultsPageReader {

    @Inject
    ManagerAccess managerAccess;

    @Inject
    RoundRepository rounds;

    @Inject
    SubmittedScores submittedScores;

    @Inject
    ProgressQueries progress;

    @Inject
    RoundResultsService results;

    @Inject
    AdvancementService advancement;

    @Inject
    RoundResultsCache cache;

    @Transactional
    public ResultsSnapshot read(long roundId) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = rounds.require(roundId);
        RoundScoreRows rows = submittedScores.of(roundId);
        Map<String, Integer> quotas = results.quotas(roundId);
        Map<String, String> titles = new HashMap<>();
        for (Object[] row : progress.titles(roundId)) {
            titles.put((String) row[0], (String) row[1]);
        }
        String version = version(round, rows, quotas, titles);
        return cache.get(roundId, version, () -> {
            RoundResultsService.ResultsPage page = results.resultsPage(round, rows);
            AdvancementPreview preview = advancement.previewOf(round, page.results(), quotas);
            return new ResultsSnapshot(version, page.results(), page.sensitivity(), preview, titles);
        });
    }

    /** Everything the results, the report and the preview are computed from. */
    private static String version(
            EvaluationRound round, RoundScoreRows rows, Map<String, Integer> quotas, Map<String, String> titles) {
        ResultsFingerprint fingerprint = rows.fingerprint();
        fingerprint.addRow(
                "round",
                round.getId(),
                round.getName(),
                round.rules(),
                round.getRubric().toScoring());
        fingerprint.addMap("quota", quotas);
        fingerprint.addMap("title", titles);
        return fingerprint.value();
    }
}
