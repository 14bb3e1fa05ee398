package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRound;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.SubmittedScores;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.platform.error.DomainException;

/**
 * The ranking of an edition's last round, computed by the evaluation engine from the stored scores (the same numbers
 * as the round results page and the public calculator). No permission check: callers check.
 */
@ApplicationScoped
public class FinalRanking {

    @Inject
    org.greenhub.evaluation.domain.RoundRepository rounds;

    @Inject
    RoundResultsService results;

    @Inject
    SubmittedScores scores;

    public CompetitionRound lastRound(Competition competition) {
        return competition.getRounds().stream()
                .max(Comparator.comparingInt(CompetitionRound::getPosition))
                .orElseThrow(() -> DomainException.conflict(null, "award.propose.noRound"));
    }

    public RoundResults of(long evaluationRoundId) {
        EvaluationRound round = rounds.require(evaluationRoundId);
        return results.compute(round, scores.of(evaluationRoundId), round.scoringMethod());
    }

    /** The whole round's ranking as canonical lines (overall rank, as the calculator ranks it). */
    public static List<CanonicalResults.Line> canonical(RoundResults results) {
        return results.entries().stream()
                .map(e -> new CanonicalResults.Line(e.reference(), e.overallRank(), e.score()))
                .toList();
    }
}
