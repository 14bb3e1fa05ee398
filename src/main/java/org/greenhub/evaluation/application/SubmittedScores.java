package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.stream.Stream;

/** Reads a round's submitted scores with the one projection query, streamed; no permission check (callers do it). */
@ApplicationScoped
public class SubmittedScores {

    @jakarta.inject.Inject
    SubmittedScoreRows submitted;

    @jakarta.inject.Inject
    org.greenhub.evaluation.domain.AssignmentRepository assignments;

    @jakarta.inject.Inject
    ConflictDetector conflicts;

    @Transactional
    public RoundScoreRows of(long roundId) {
        RoundScoreRows rows = new RoundScoreRows();
        // A judge who became conflicted after scoring (declared later, or found later) no longer counts for that entry.
        java.util.List<Long> judgeIds = assignments.judgeIds(roundId);
        org.greenhub.evaluation.domain.conflict.Conflicts conflicted = conflicts.forRound(roundId, judgeIds);
        Stream<Object[]> stream = submitted.stream(roundId);
        try (stream) {
            stream.filter(row -> !conflicted.conflicted(((Number) row[7]).longValue(), ((Number) row[0]).longValue()))
                    .forEach(row -> rows.add(
                            ((Number) row[0]).longValue(),
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            (String) row[5],
                            ((BigDecimal) row[6]).doubleValue()));
        }
        return rows;
    }
}
